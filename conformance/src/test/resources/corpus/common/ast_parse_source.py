# compile(..., PyCF_ONLY_AST) and ast.parse: the local CPython parses, the tree is made of the program's own _ast classes
import ast, sys
t = ast.parse("x + 1\nif a:\n    print(b'q', 1.5, -2j, x[1:2, ...])\n")
print(type(t).__name__, ast.dump(t))
e = ast.parse("lambda y, *z: y", mode='eval')
print(ast.dump(e.body.args), e.body.lineno, e.body.col_offset)
print([type(n).__name__ for n in ast.walk(ast.parse("def f(a, b=2): return a"))])
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': True}"))
try:
    ast.parse("x +")
except SyntaxError as err:
    print('SyntaxError', err.msg, err.lineno)
if sys.version_info >= (3, 9):
    print(ast.unparse(ast.parse("async def g():\n    await h(*a, **k)\n")))
    print(ast.dump(ast.parse("x = 1 # type: int", type_comments=True)))
