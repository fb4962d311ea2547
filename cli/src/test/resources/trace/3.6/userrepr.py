class C(object):
    def __repr__(self):
        print("repr called")
        return "C()"

c = C()
print("done")
