class Ticket:
    def __init__(self, name, polls):
        self.name = name
        self.polls = polls
    def __await__(self):
        for i in range(self.polls):
            got = yield "%s poll %d" % (self.name, i)
            if got is not None:
                print("  %s received %r" % (self.name, got))
        return self.name.upper()

async def fetch(name, polls):
    value = await Ticket(name, polls)
    return value + "!"

async def gather(*names):
    results = []
    for n in names:
        results.append(await fetch(n, 2))
    return results

async def guarded():
    try:
        await Ticket("g", 3)
    except KeyError as e:
        print("  coroutine caught %r" % e)
        return "recovered"

def drive(coro, answers=()):
    answers = list(answers)
    value = None
    while True:
        try:
            step = coro.send(value)
        except StopIteration as stop:
            return stop.value
        print("step:", step)
        value = answers.pop(0) if answers else None

print(drive(fetch("a", 1)))
print(drive(gather("x", "y"), answers=[1, None, 3]))

c = guarded()
print(c.send(None))
try:
    c.throw(KeyError("cancel"))
except StopIteration as stop:
    print("returned", stop.value)

c = fetch("b", 5)
print(c.send(None))
c.close()
print("closed")
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class NotAwaitable:
    pass

async def bad():
    return await NotAwaitable()

async def bad_await():
    class Weird:
        def __await__(self):
            return 5
    await Weird()

for factory in (bad, bad_await):
    co = factory()
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)

print(drive(gather("p", "q", "r")))
drive(fetch(None, 1))
