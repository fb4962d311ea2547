# the AST node classes of the version's _ast: fields, attributes, constructor rules, pickling support, visitors
import ast
import sys

print(ast.Module._fields, ast.stmt._attributes, ast.ImportFrom._fields)
print([c.__name__ for c in ast.Name.__mro__])
for args in [(1, 2, 3), (1,), ()]:
    try:
        print(sorted(ast.Module(*args).__dict__.items()))
    except TypeError as e:
        print(e)
for f in (lambda: ast.Load(1), lambda: ast.AST(1), lambda: ast.Name(1, 2, 3)):
    try:
        f()
    except TypeError as e:
        print(e)
n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, n.lineno, type(n.ctx).__name__, n.__reduce__()[0].__name__, sorted(n.__reduce__()[2]))
print(isinstance(n, ast.expr), isinstance(n, ast.AST), issubclass(ast.Add, ast.operator), ast.AST._fields)
try:
    n.col_offset
except AttributeError as e:
    print(e)
n.extra = 'anything'
print(n.extra, ast.Name(id='y', foo=1).foo)
one = ast.Num(1) if sys.version_info < (3, 8) else ast.Constant(1)
b = ast.BinOp(left=one, op=ast.Add(), right=ast.Name(id='y', ctx=ast.Load()))
print([type(x).__name__ for x in ast.walk(b)])
print(sorted(k for k in dir(ast) if k.startswith('PyCF')), ast.PyCF_ONLY_AST)
print(ast.dump(b))
print(len([k for k in dir(ast) if isinstance(getattr(ast, k), type) and issubclass(getattr(ast, k), ast.AST)]))


class V(ast.NodeVisitor):
    def visit_Name(self, node):
        print('visit', node.id)


V().visit(b)


class Double(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id * 2, ctx=node.ctx), node)


print(ast.dump(Double().visit(b)))
