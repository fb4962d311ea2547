# deque against a list model under a long deterministic mix of operations
from _collections import deque
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
d = deque()
model = []
for step in range(3000):
    op = rnd(9)
    x = rnd(1000)
    if op == 0:
        d.append(x); model.append(x)
    elif op == 1:
        d.appendleft(x); model.insert(0, x)
    elif op == 2 and model:
        assert d.pop() == model.pop()
    elif op == 3 and model:
        assert d.popleft() == model.pop(0)
    elif op == 4 and model:
        k = rnd(2 * len(model) + 1) - len(model)
        d.rotate(k)
        if model:
            k %= len(model)
            model[:] = model[-k:] + model[:-k] if k else model
    elif op == 5 and model:
        i = rnd(len(model))
        d[i] = x; model[i] = x
    elif op == 6 and model:
        i = rnd(len(model))
        del d[i]; del model[i]
    elif op == 7:
        d.extend([x, x + 1]); model.extend([x, x + 1])
    elif op == 8:
        d.extendleft([x, x + 1]); model[0:0] = [x + 1, x]
    if list(d) != model:
        print('mismatch at', step, op)
        break
print(len(d), sum(d), list(d)[:10], list(reversed(d))[:5])
b = deque(maxlen=5)
for i in range(23):
    if i % 3:
        b.append(i)
    else:
        b.appendleft(i)
print(b, len(b))
