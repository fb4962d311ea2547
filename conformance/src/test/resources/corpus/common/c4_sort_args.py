# list.sort's and sorted()'s arguments: which keywords each version knows (2.7 also cmp=, also
# positionally), and reverse= read as an integer (not by truth), with each version's TypeError.

def attempt(label, f):
    try:
        print("%s: %r" % (label, f()))
    except TypeError as e:
        print("%s: TypeError: %s" % (label, e))


def sort_copy(**kw):
    lst = [3, 1, 2]
    lst.sort(**kw)
    return lst


attempt("cmp=None", lambda: sort_copy(cmp=None))
attempt("sorted cmp=None", lambda: sorted([3, 1, 2], cmp=None))
attempt("foo=1", lambda: sort_copy(foo=1))
attempt("sorted foo=1", lambda: sorted([3, 1, 2], foo=1))
attempt("positional None", lambda: [3, 1, 2].sort(None))
attempt("sorted positional", lambda: sorted([3, 1, 2], None))
attempt("reverse=None", lambda: sort_copy(reverse=None))
attempt("reverse='x'", lambda: sorted([3, 1, 2], reverse="x"))
attempt("reverse=1.5", lambda: sort_copy(reverse=1.5))
attempt("reverse=[]", lambda: sort_copy(reverse=[]))
attempt("reverse=True", lambda: sort_copy(reverse=True))
attempt("reverse=2", lambda: sort_copy(reverse=2))
attempt("reverse=0", lambda: sorted([3, 1, 2], reverse=0))
attempt("key=5", lambda: sort_copy(key=5))
attempt("key=5 one item", lambda: sorted([1], key=5))
attempt("key=5 empty", lambda: sorted([], key=5))
attempt("key=str", lambda: sorted([10, 9, 100], key=str))
