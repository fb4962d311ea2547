print(repr('\x00\x07\x1b\x7f\x80\xa0\xad\u200b\u2028\ud800'[:-1]), repr('é中\U0001f600'), repr('\t\n\r\\'))
print(repr(b'\x00\x7f\x80\xff'), repr(bytearray(b'\n')), ascii('中é'), repr("'"), repr('"'), repr('\'"'))
l = [1, 2]
l.append(l)
d = {'k': 1}
d['self'] = d
print(l, d, repr(l), str(d))
s = {1, 2}
print({1: [1.0, 2.5, -0.0], 'x': (1,), 'e': (), 'n': None, 'b': True}, [1e100, 1e-100, float('inf')], (1.5,))
print([[]] * 2, [()], {()}, {frozenset()}, set(), frozenset(), {}.keys(), {1: 2}.values(), {1: 2}.items())
print(range(0), range(5)[1:3], slice(1, 2), slice(None), Ellipsis, ..., NotImplemented, type(None), type(...))
print(repr(1.0), repr(-1.5e-10), repr(2e-5), repr(1e22), repr(12345678901234567890.0), repr(0.3), repr(1/3))
print(str(True), repr(None), int, str, list, type, object, len, print, repr(abs))
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
print(C.m.__qualname__, C.cm, C.sm.__name__, C().m.__func__ is C.m, type(C.m).__name__, type(C().m).__name__, type(C.cm).__name__)
import types
print(type(lambda: 0).__name__, (lambda: 0).__name__, (lambda: 0).__qualname__, types.FunctionType is type(C.m))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__code__.co_name, outer.__defaults__, outer.__module__)
print(type(iter([])), type(iter(())), type(iter({})), type(iter(set())), type({}.keys()), type(range(1)), type(zip()))
