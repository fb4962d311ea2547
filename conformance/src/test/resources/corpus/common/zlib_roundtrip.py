# zlib: checksums (2.7 signed, 3.x unsigned), one-shot and streaming round trips in the zlib, raw deflate
# and gzip containers, unused_data/unconsumed_tail, and zlib.error's messages. Compressed bytes are never
# printed (another zlib build may choose other, equally valid, encodings): only what they decompress to.
from __future__ import print_function
import zlib


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, str(e))
    else:
        print(label, repr(r))


data = b"The quick brown fox jumps over the lazy dog. " * 40 + bytes(bytearray(range(256))) * 3
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION)
print(zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH)
print(zlib.ZLIB_VERSION.count('.'), issubclass(zlib.error, Exception), zlib.error.__module__)

# checksums, with start values and chaining
for d in [b"", b"a", b"abc", b"hello world", data]:
    print(len(d), zlib.crc32(d), zlib.adler32(d))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(b"abc", 1), zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2 ** 40 + 7))
print(zlib.adler32(b"abc", 0), zlib.adler32(b"abc", 0xffffffff))
show("adler32 bytearray", lambda: zlib.adler32(bytearray(b"xyz")))
print(zlib.crc32(b"x" * 100000) & 0xffffffff, zlib.adler32(b"\xff" * 100000) & 0xffffffff)

# one-shot round trips at every level
for level in range(-1, 10):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data)
small = zlib.compress(b"x" * 10000)
print(len(small) < 100, zlib.decompress(small, 15, 1) == b"x" * 10000)

# containers: raw deflate (negative wbits), gzip (16 + n), automatic (32 + n)
for wbits in (-15, -9, 9, 15, 31, 25):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    blob = co.compress(data) + co.flush()
    print(wbits, zlib.decompress(blob, wbits) == data, zlib.decompress(blob, 47) == data if wbits > 0 else '-')
gz = zlib.compressobj(9, zlib.DEFLATED, 31)
gzblob = gz.compress(b"gzip body") + gz.flush()
print(gzblob[:3] == b"\x1f\x8b\x08", zlib.decompress(gzblob, 31))

# streaming compression with flush modes
co = zlib.compressobj()
parts = [co.compress(data[:1000]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[1000:]), co.flush(zlib.Z_FULL_FLUSH),
         co.flush(zlib.Z_NO_FLUSH), co.flush()]
print(parts[1][-4:] == b"\x00\x00\xff\xff", parts[4] == b"", zlib.decompress(b"".join(parts)) == data)
show("compress after finish", lambda: co.compress(b"more"))
show("flush after finish", lambda: co.flush())

# streaming decompression: a piece at a time, max_length and unconsumed_tail, unused_data, eof
blob = zlib.compress(data)
do = zlib.decompressobj()
out = b"".join(do.decompress(blob[i:i + 7]) for i in range(0, len(blob), 7))
print(out == data, do.unused_data, do.unconsumed_tail, getattr(do, "eof", "no eof"))
do = zlib.decompressobj()
first = do.decompress(blob, 100)
print(len(first), len(do.unconsumed_tail) > 0, getattr(do, "eof", "no eof"))
rest = b""
while do.unconsumed_tail:
    rest += do.decompress(do.unconsumed_tail, 500)
rest += do.flush()
print(first + rest == data, getattr(do, "eof", "no eof"))
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b"payload") + b"TRAILING") , do.unused_data, getattr(do, "eof", "no eof"))
print(do.decompress(b"!more"), do.unused_data)
do = zlib.decompressobj(-15)
raw = zlib.compressobj(1, zlib.DEFLATED, -15)
print(do.decompress(raw.compress(b"raw " * 50) + raw.flush()) == b"raw " * 50)
print(zlib.decompress(zlib.compress(b"abc") + b"junk"))

# a literal stream made by CPython's zlib
print(zlib.decompress(b"x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]"))

# errors
show("bad header", lambda: zlib.decompress(b"not zlib data"))
show("truncated", lambda: zlib.decompress(blob[:-10]))
show("empty", lambda: zlib.decompress(b""))
show("bad level", lambda: zlib.compress(b"x", 10))
show("bad wbits", lambda: zlib.decompress(blob, 99))
show("bad wbits obj", lambda: zlib.decompressobj(99))
show("bad compressobj", lambda: zlib.compressobj(1, 9))
show("bad memlevel", lambda: zlib.compressobj(1, 8, 15, 10))
show("max_length", lambda: zlib.decompressobj().decompress(b"", -1))
show("flush length", lambda: zlib.decompressobj().flush(0))
show("crc float", lambda: zlib.crc32(b"abc", 1.5))
show("crc text", lambda: zlib.crc32(u"abc" if str is bytes else "abc") if str is not bytes else "skipped")
show("no args", lambda: zlib.crc32())
show("stream error", lambda: zlib.decompressobj().decompress(b"\x00\x01\x02"))
show("gzip check", lambda: zlib.decompress(gzblob[:-8] + b"\x00\x00\x00\x00" + gzblob[-4:], 31))
try:
    zlib.decompress(b"\x78\x9c\x00\x00")
except zlib.error as e:
    print("caught", e.args)
zlib.decompress(b"\x00\x01\x02\x03")
