# 3.11 _ast: __match_args__ from the fields, ASDL docstrings, match on nodes, ast.unparse of hand-built trees
import ast

print(ast.BinOp.__match_args__, ast.Load.__match_args__, ast.AST.__match_args__)
print(ast.Constant.__doc__)
print(ast.expr_context.__doc__)
print(ast.FunctionDef.returns, ast.arguments.vararg, ast.keyword._attributes, ast.expr.end_lineno)
tree = ast.BinOp(ast.Constant(2), ast.Mult(), ast.BinOp(ast.Name('x', ast.Load()), ast.Add(), ast.Constant(1)))
print(ast.unparse(tree))
match tree:
    case ast.BinOp(ast.Constant(value=v), ast.Mult(), right):
        print('times', v, type(right).__name__)
call = ast.Call(ast.Name('f', ast.Load()), [ast.Constant('a'), ast.Starred(ast.Name('rest', ast.Load()), ast.Load())],
                [ast.keyword('k', ast.Constant(None))])
print(ast.unparse(call))
mod = ast.Module([ast.Assign([ast.Name('y', ast.Store())], call, lineno=1), ast.Return(None)], [])
print(ast.unparse(mod))
print(ast.dump(call, indent=1))
print(ast.literal_eval(ast.Tuple([ast.Constant(1), ast.List([ast.Constant('s')], ast.Load())], ast.Load())))
