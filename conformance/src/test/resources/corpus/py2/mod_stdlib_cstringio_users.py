# stdlib modules over cStringIO and marshal: pickle (marshal.loads for binary ints), logging to a
# cStringIO stream, zipfile in memory
import cStringIO
import logging
import pickle
import zipfile

data = {'a': [1, 2, 300000, -7], 'b': ('x', 'y', 2.5), 'c': None, 'd': 10 ** 20}
for proto in (1, 2):  # protocol 0 needs the string-escape codec
    s = pickle.dumps(data, proto)
    print(proto, pickle.loads(s) == data)
buf = cStringIO.StringIO()
pickle.dump([1, 'two', 3.0], buf, 2)
print(pickle.load(cStringIO.StringIO(buf.getvalue())))

stream = cStringIO.StringIO()
log = logging.getLogger('demo')
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
log.addHandler(handler)
log.setLevel(logging.INFO)
log.info('hello %s', 'world')
log.debug('hidden')
log.warning('careful')
print(repr(stream.getvalue()))

mem = cStringIO.StringIO()
z = zipfile.ZipFile(mem, 'w')
z.writestr('a.txt', 'alpha\n')
z.writestr('b.txt', 'beta\n' * 3)
z.close()
z = zipfile.ZipFile(cStringIO.StringIO(mem.getvalue()))
print(z.namelist(), z.read('b.txt'))
