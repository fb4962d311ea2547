# base64.b64decode(validate=True): 3.6 checks the alphabet in Python, 3.11 hands it to
# binascii.a2b_base64(strict_mode=True), which also rejects leading, discontinuous and excess padding
import base64
import binascii
import sys

cases = [b'', b'YWJj', b'=YWJj', b'YW Jj', b'YWJj=', b'YWI=', b'YWI=x', b'YWI==', b'YW==', b'YW=', b'YW===',
         b'YW=J', b'YWJ', b'Y', b'YWJjZ', b'YW\nJj', b'YWI=\n', b'YWJj==', b'YQ==YQ==', b'Y=Q=', b'!!!!']
for s in cases:
    for validate in (False, True):
        try:
            r = base64.b64decode(s, validate=validate)
        except binascii.Error as e:
            r = 'Error: %s' % e
        print(repr(s), validate, r)
if sys.version_info >= (3, 11):
    for s in cases:
        try:
            print(repr(s), binascii.a2b_base64(s, strict_mode=True))
        except binascii.Error as e:
            print(repr(s), 'Error:', e)
