# A traceback through a standard-library package names each frame's real file (the compiled
# file's recorded path is replaced by the source's on import, as importlib's _fix_co_filename
# does) and quotes its line.
import json
import os
import sys
import traceback

try:
    json.loads('{"a": ')
except ValueError:
    tb = sys.exc_info()[2]
    for entry in traceback.extract_tb(tb)[1:]:
        filename, line, name, text = tuple(entry)
        print('%s/%s %s: %s' % (os.path.basename(os.path.dirname(filename)), os.path.basename(filename), name, text))
    code = json.decoder.JSONDecoder.decode
    code = getattr(code, '__func__', code)
    print(os.path.basename(os.path.dirname(code.__code__.co_filename)))
