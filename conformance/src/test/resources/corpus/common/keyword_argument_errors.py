# Builtins that read keyword arguments check them as CPython's parsers do: the count of all arguments
# first, then a parameter given both by position and by name, then unknown names; methods that take no
# keywords refuse them (3.10+: by qualified name, before counting).
from __future__ import print_function


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("int dup", lambda: int('11', 2, base=3))
attempt("int kw base", lambda: int('11', base=3))
attempt("int 3 pos", lambda: int("1", 2, 3))
attempt("int x kw", lambda: int(x="5"))
attempt("int x and base", lambda: int(x="11", base=2))
attempt("int base only", lambda: int(base=2))
attempt("int x twice", lambda: int("1", x="5"))
attempt("int bad kw", lambda: int("1", bse=2))
attempt("int only bad kw", lambda: int(y=2))
attempt("str dup", lambda: str(b"x", "ascii", encoding="ascii"))
attempt("str 4", lambda: str(b"x", "ascii", "strict", errors="x"))
attempt("round dup", lambda: round(2.567, 1, ndigits=2))
attempt("round kw", lambda: round(number=2.567, ndigits=2))
attempt("split dup", lambda: "a,b".split(",", sep=","))
attempt("split 3", lambda: "a b c".split(" ", 1, maxsplit=2))
attempt("enumerate 3", lambda: list(enumerate("ab", 1, start=2)))
attempt("enumerate kw", lambda: list(enumerate("ab", start=2)))
attempt("encode dup", lambda: u"x".encode("utf-8", encoding="ascii"))
attempt("complex dup", lambda: complex(1, 2, real=3))
attempt("bytearray dup", lambda: bytearray(u"x", "utf-8", encoding="utf-8"))
attempt("sorted kw", lambda: sorted([3, 1], key=None, reverse=True))
attempt("list.sort kw", lambda: [2, 1].sort(key=None, reverse=1))
attempt("min kw", lambda: min([1, -2], key=abs))
attempt("list.append", lambda: [].append(x=1))
attempt("list.index", lambda: [1].index(1, start=0))
attempt("list.insert", lambda: [].insert(0, object=1))
attempt("list.pop", lambda: [1].pop(index=0))
attempt("str.upper", lambda: "a".upper(x=1))
attempt("str.join", lambda: "".join(iterable=[]))
attempt("str.startswith", lambda: "a".startswith(prefix="a"))
attempt("str.count", lambda: "aa".count("a", start=0))
attempt("str.replace", lambda: "a".replace("a", "b", count=1))
attempt("dict.get", lambda: {}.get(1, default=2))
attempt("dict.pop", lambda: {1: 2}.pop(1, default=2))
attempt("dict.setdefault", lambda: {}.setdefault(key=1))
attempt("dict.update kw", lambda: sorted({}.update(a=1) or {"a": 1}))
attempt("set.add", lambda: set().add(elem=1))
attempt("tuple.count", lambda: ().count(value=1))
attempt("len", lambda: len(obj=[]))
attempt("abs", lambda: abs(x=1))

# through a bound method object: 3.11 names a METH_VARARGS method alone there (cfunction_call)
find = "abc".find
attempt("bound find", lambda: find("b", start=0))
index = [1].index
attempt("bound list.index", lambda: index(1, start=0))
get = {}.get
attempt("bound dict.get", lambda: get(1, default=2))
append = [].append
attempt("bound append", lambda: append(x=1))
attempt("unbound str.find", lambda: str.find("abc", "b", start=0))
