import sys
sys.stdout.write('alpha starts\n')
A_EARLY = 'early'
import beta
sys.stdout.write('alpha resumes after importing beta\n')
A_LATE = 'late'


def ping(n):
    if n == 0:
        return 'ping done'
    return beta.pong(n - 1)

SEEN_BY_BETA = beta.MISSING_AT_IMPORT
