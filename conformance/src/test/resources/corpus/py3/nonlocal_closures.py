# nonlocal: counters, accumulators, nested levels, and closures in classes.
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = counter()
print(c(), c(), c())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return result, x

print(outer())

def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds")
        balance -= amount
        return balance
    return deposit, withdraw

dep, wd = make_account(100)
print(dep(50))
print(wd(30))
try:
    wd(1000)
except ValueError as e:
    print(e)
print(dep.__code__.co_freevars)
print(make_account.__code__.co_cellvars)
