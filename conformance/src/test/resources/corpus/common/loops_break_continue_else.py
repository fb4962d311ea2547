# for/while with break, continue and else clauses.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("%d is prime" % n)

i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print("while %d" % i)
else:
    print("while else not reached")

j = 0
while j < 3:
    j += 1
else:
    print("while else reached with j=%d" % j)

for x in []:
    print("never")
else:
    print("empty for else")

total = 0
for a in range(5):
    for b in range(5):
        if b > a:
            break
        if (a + b) % 2:
            continue
        total += a * b
print(total)

found = None
for idx, ch in enumerate("hello world"):
    if ch == " ":
        found = idx
        break
print(found)

k = 100
while True:
    k //= 2
    if k < 5:
        break
print(k)
