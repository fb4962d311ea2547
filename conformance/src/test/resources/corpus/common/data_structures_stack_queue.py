# A stack and a queue class, used to check brackets and run a breadth-first search.
class Stack(object):
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def empty(self):
        return not self.items

class Queue(object):
    def __init__(self):
        self.inbox, self.outbox = [], []

    def put(self, x):
        self.inbox.append(x)

    def get(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def __len__(self):
        return len(self.inbox) + len(self.outbox)

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if s.empty() or s.pop() != pairs[ch]:
                return False
    return s.empty()

for t in ["(a[b]{c})", "(]", "((", "{[()()]}", ""]:
    print("%r %s" % (t, balanced(t)))

graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
q = Queue()
q.put(1)
seen = [1]
while len(q):
    node = q.get()
    for nxt in graph[node]:
        if nxt not in seen:
            seen.append(nxt)
            q.put(nxt)
print(seen)
