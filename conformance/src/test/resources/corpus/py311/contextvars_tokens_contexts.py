# contextvars (PEP 567): variables, tokens, contexts, run() and copy_context(), with CPython's errors
import contextvars
from contextvars import ContextVar, Context, Token, copy_context


def show(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, str(e).split(' at 0x')[0])


print(ContextVar, Context, Token, Token.MISSING)
request = ContextVar('request', default='none')
user = ContextVar('user')
print(request.name, request.get(), request.get('given'), user.get('fallback'))
show('user.get', user.get)
tok = user.set('alice')
print(user.get(), tok.var is user, tok.old_value is Token.MISSING)
tok2 = user.set('bob')
print(user.get(), tok2.old_value)
user.reset(tok2)
print(user.get())
show('reset again', lambda: user.reset(tok2))
show('reset by other var', lambda: request.reset(tok))
user.reset(tok)
show('after reset', user.get)

# a context is a snapshot: changes inside run() stay inside it
request.set('outer')
ctx = copy_context()
def inside(value):
    request.set(value)
    user.set('carol')
    return request.get(), user.get(), len(copy_context())
print(ctx.run(inside, 'inner'))
print(request.get(), user.get('unset'), ctx[request], ctx[user], ctx.get(user), len(ctx))
print(request in ctx, sorted(v.name for v in ctx), sorted(ctx.values()))
print(sorted((k.name, v) for k, v in ctx.items()), sorted(k.name for k in ctx.keys()))
copy = ctx.copy()
print(copy == ctx, copy is ctx, Context() == Context(), Context() != ctx, len(Context()))
show('ctx[1]', lambda: ctx[1])
show('ctx.get(1)', lambda: ctx.get('x'))
show('missing key', lambda: Context()[user])
show('run()', lambda: ctx.run())
show('nested run', lambda: ctx.run(ctx.run, print))
show('hash(ctx)', lambda: hash(ctx))
show('Context(1)', lambda: Context(1))
show('Token()', lambda: Token())
show('ContextVar(1)', lambda: ContextVar(1))
show('ContextVar()', lambda: ContextVar())
show('ContextVar(a, b)', lambda: ContextVar('a', 'b'))
show('bad keyword', lambda: ContextVar('a', value=1))
show('reset(1)', lambda: user.reset(1))
show('set()', lambda: user.set())
show('get(1, 2)', lambda: user.get(1, 2))
show('name is read-only', lambda: setattr(user, 'name', 'x'))
show('var is read-only', lambda: setattr(tok, 'var', None))
show('generic', lambda: ContextVar[int])
show('token generic', lambda: Token[str])
show('context generic', lambda: Context[int])

# a token made in one context cannot reset the variable in another
t3 = user.set('dave')
show('other context', lambda: copy_context().run(user.reset, t3))
user.reset(t3)
print(user.get('unset again'), hash(user) == hash(user), user == user, user != request)


def gen_like():
    var = ContextVar('depth', default=0)
    def descend(n):
        if n == 0:
            return var.get()
        var.set(var.get() + 1)
        return copy_context().run(descend, n - 1)
    return copy_context().run(descend, 5), var.get()
print(gen_like())

# the three types cannot be subclassed
for base in (ContextVar, Context, Token):
    try:
        type('Sub', (base,), {})
    except TypeError as e:
        print(e)
