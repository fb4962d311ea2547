# _operator, the C half of operator.py: operator functions, in-place forms, item functions, and
# _compare_digest (hmac.compare_digest) with its TypeErrors
import _operator

print(_operator.add(2, 3), _operator.sub(2, 3), _operator.mul('ab', 2), _operator.truediv(7, 2), _operator.floordiv(7, 2))
print(_operator.mod(7, 3), _operator.pow(2, 10), _operator.lshift(1, 4), _operator.rshift(64, 2))
print(_operator.and_(12, 10), _operator.or_(12, 10), _operator.xor(12, 10), _operator.neg(5), _operator.inv(5), _operator.invert(0))
print(_operator.lt(1, 2), _operator.ge(1, 2), _operator.eq('a', 'a'), _operator.ne(1, 1.0), _operator.not_([]), _operator.truth([0]))
x = [1, 2]
y = _operator.iadd(x, [3])
print(y is x, x, _operator.iadd((1,), (2,)), _operator.imul(3, 4), _operator.ior({1}, {2}))
d = {}
_operator.setitem(d, 'k', 1)
print(d, _operator.getitem(d, 'k'), _operator.contains(d, 'k'))
_operator.delitem(d, 'k')
print(d, _operator.is_(None, None), _operator.is_not(1, None))
print(_operator._compare_digest(b'abc', b'abc'), _operator._compare_digest(b'abc', b'abd'), _operator._compare_digest(b'ab', b'abc'))
print(_operator._compare_digest('abc', 'abc'), _operator._compare_digest(bytearray(b'x'), b'x'), _operator._compare_digest('', ''))
for f, args in [(_operator._compare_digest, ('abc', b'abc')), (_operator._compare_digest, (1, 2)),
                (_operator._compare_digest, ('\xe9', '\xe9')), (_operator._compare_digest, ('a',)),
                (_operator.add, (1,)), (_operator.neg, ()), (_operator.add, (1, 'a')), (_operator.getitem, ([], 3))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
