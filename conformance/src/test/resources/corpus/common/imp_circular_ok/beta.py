import sys
sys.stdout.write('beta starts\n')
import alpha
sys.stdout.write('beta got alpha, which has A_EARLY=%r\n' % alpha.A_EARLY)
MISSING_AT_IMPORT = [n for n in ('A_EARLY', 'A_LATE', 'ping') if not hasattr(alpha, n)]


def pong(n):
    if n == 0:
        return 'pong done'
    return alpha.ping(n - 1)
