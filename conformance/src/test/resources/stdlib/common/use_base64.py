# base64: the encodings and decodings a user reaches for.
from __future__ import print_function
import base64

data = b'Man is distinguished, not only by his reason \xff\xfe\x00'
for f, g in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
             (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
             (base64.standard_b64encode, base64.standard_b64decode)]:
    enc = f(data)
    print(f.__name__, enc, g(enc) == data)
print(base64.b64encode(b''), base64.b64encode(b'a'), base64.b64encode(b'ab'), base64.b64encode(b'abc'))
print(base64.b64decode(b'YWJj'), base64.b32decode(b'MFRGG==='), base64.b16decode(b'616263'))
print(base64.b64encode(b'\xfb\xff', b'-_'))
print(base64.b32decode(b'mfrgg===', casefold=True))
try:
    base64.b64decode(b'abc')
except Exception as e:
    print(type(e).__name__, e)
