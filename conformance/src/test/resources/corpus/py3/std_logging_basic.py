# logging: levels, a handler writing to stdout with a format, logger hierarchy and propagation
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.INFO)

log = logging.getLogger('app.db')
log.debug('hidden')
log.info('connected to %s', 'db1')
log.warning('slow query: %d ms', 250)
log.setLevel(logging.DEBUG)
log.debug('now visible')
print(log.getEffectiveLevel(), logging.getLevelName(logging.ERROR), log.parent.name, log.isEnabledFor(logging.DEBUG))

other = logging.getLogger('app')
print(other is log.parent, logging.getLogger('app.db') is log)
child = logging.getLogger('quiet')
child.propagate = False
child.error('never printed: no handler of its own')
try:
    1 / 0
except ZeroDivisionError:
    log.error('failed: %s', 'division', exc_info=False)
logging.getLogger('app').critical('%s and %r', 'text', 'repr')
