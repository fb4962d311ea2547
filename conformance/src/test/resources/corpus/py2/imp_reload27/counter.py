import sys
sys.stdout.write('counter body runs\n')
COUNT = 0
_runs = sys.modules.setdefault('_runs_log', [])
_runs.append(1)


def runs():
    return len(_runs)
