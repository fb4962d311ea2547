import sys
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError('pop from empty stack')
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f'Stack({self._items!r})'
s = Stack()
for i in range(3):
    s.push(i * i)
print(s, len(s), s.pop(), s)
def evaluate(expr):
    st = []
    for tok in expr.split():
        if tok.lstrip('-').isdigit():
            st.append(int(tok))
        else:
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[tok])
    return st[0]
print(evaluate('3 4 + 2 *'), evaluate('10 4 /'), evaluate('-3 2 *'))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [list(r) for r in zip(*matrix)]
print(transposed, [sum(r) for r in matrix], sum(matrix[i][i] for i in range(3)))
for row in matrix:
    print(' '.join(f'{x:3d}' for x in row))
print('\n'.join(''.join('#' if (r + c) % 2 else '.' for c in range(6)) for r in range(3)))
words = ['apple', 'Banana', 'cherry', 'date']
print({w: len(w) for w in words}, {len(w) for w in words}, [w.upper() for w in words if 'a' in w.lower()])
nums = [12, 7, 3, 18, 5]
print(sorted(nums, reverse=True)[:3], sum(nums) / len(nums), max(nums) - min(nums), sorted(nums)[len(nums) // 2])
fizz = ['FizzBuzz' if i % 15 == 0 else 'Fizz' if i % 3 == 0 else 'Buzz' if i % 5 == 0 else str(i) for i in range(1, 16)]
print(', '.join(fizz))
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]
print(primes(50))
print(f'{"Name":<10}|{"Score":>6}')
for name, score in sorted({'ann': 91.5, 'bob': 78.25, 'cy': 85.0}.items(), key=lambda kv: -kv[1]):
    print(f'{name:<10}|{score:>6.1f}')
try:
    s.pop(); s.pop(); s.pop()
except IndexError as e:
    print('Error:', e)
print(int('42') + float('0.5'), str(3) * 2, bool('False'), list('abc'), tuple([1]), set('aab') == {'a', 'b'})
sys.stdout.write('done\n')
