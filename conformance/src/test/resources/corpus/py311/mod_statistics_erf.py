# statistics imports math.erf; NormalDist's cdf and overlap go through erf/erfc (printed to 12 digits)
import statistics

data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(statistics.mean(data), statistics.median(data), statistics.stdev(data), statistics.pvariance(data))
nd = statistics.NormalDist(100, 15)
print('%.12f %.12f %.12f' % (nd.cdf(115), nd.cdf(70), nd.inv_cdf(0.975)))
print('%.12f' % nd.overlap(statistics.NormalDist(110, 20)))
print(statistics.NormalDist.from_samples(data))
