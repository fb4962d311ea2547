# Long if/elif/else chains and nested conditionals.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "digit"
    elif n < 100:
        kind = "two digits"
    elif n % 2 == 0:
        kind = "big even"
    else:
        kind = "big odd"
    return kind

for n in [-5, 0, 7, 42, 100, 101]:
    print("%d %s" % (n, classify(n)))

def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 21)))

def grade(score):
    if score >= 50:
        if score >= 90:
            return "A"
        if score >= 70:
            return "B"
        return "C"
    else:
        return "F" if score >= 0 else "?"

print([grade(s) for s in (95, 75, 55, 10, -1)])
