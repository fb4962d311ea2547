# Sieve of Eratosthenes, prime factorisation and gcd/lcm.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return [n for n, p in enumerate(is_prime) if p]

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a * b // gcd(a, b)

primes = sieve(100)
print(primes)
print(len(sieve(10000)))
print(factorize(360))
print(factorize(600851475143))
print(factorize(2 ** 31 - 1))
print(gcd(1071, 462))
print(lcm(21, 6))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print(acc)
