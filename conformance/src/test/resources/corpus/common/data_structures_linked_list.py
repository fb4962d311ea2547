# A singly linked list with iteration, reversal and __repr__.
class Node(object):
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList(object):
    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = Node(v, self.head)

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove(self, value):
        prev, node = None, self.head
        while node is not None and node.value != value:
            prev, node = node, node.next
        if node is None:
            return False
        if prev is None:
            self.head = node.next
        else:
            prev.next = node.next
        return True

    def __repr__(self):
        return " -> ".join(repr(v) for v in self) or "(empty)"

ll = LinkedList([1, 2, 3, 4])
print(ll)
ll.reverse()
print(ll)
print(ll.remove(3))
print(ll.remove(99))
print(ll)
print(sum(ll))
print(LinkedList())
