"""Independent hand-check of the golden scenario (kongsberg-2017.json), written apart from the
engine from the written rules (now docs/model.md), reading the rates from public/data/rates.json.
Run: python3 tests/engine/golden/check.py  → prints the table in golden.md."""
import json, math, pathlib

def kr(x):
    """Whole kroner, half up (as the engine's Math.round; Python's round() rounds half to even)."""
    return math.floor(x + 0.5)

root = pathlib.Path(__file__).resolve().parents[3]
S = json.load(open(root / 'tests/engine/golden/kongsberg-2017.json'))
R = {t['year']: t for t in json.load(open(root / 'public/data/rates.json'))['rates']}
G = {g['year']: g['value'] for g in json.load(open(root / 'public/data/rates.json'))['g']}
Y0, H = S['startYear'], len(S['years'])
yrs = [dict(singleAdults=0, adultsInFamilies=0, children=0, unaccompaniedMinors=0, highNeedsTier1=0, highNeedsTier2=0, request=None, decision=None) | y for y in S['years']]
v = lambda y, *path: (lambda t: [t := t[p] for p in path][-1])(R[Y0 + y])['value']

# Default assumptions (docs/model.md#defaults-that-are-assumptions): 60+ 3 %, 18–55 90 %, 0–5 35 %, high rate 50 %, reunification 0.3 per single adult, half after 1 year, half after 2, half children.
P60, P1855, P05, HIGH, RE, CHILD = 0.03, 0.9, 0.35, 0.5, 0.3, 0.5
reu = [0.0] * H
for c in range(H):
    for lag, share in ((1, 0.5), (2, 0.5)):
        if c + lag < H: reu[c + lag] += yrs[c]['singleAdults'] * RE * share
reuA = [r * (1 - CHILD) for r in reu]; reuC = [r * CHILD for r in reu]
settled = [y['singleAdults'] + y['adultsInFamilies'] + y['children'] + y['unaccompaniedMinors'] for y in yrs]
everyone = [settled[c] + reu[c] for c in range(H)]
adults = [yrs[c]['singleAdults'] + yrs[c]['adultsInFamilies'] + reuA[c] for c in range(H)]

lines = {k: [0.0] * H for k in ['AR-1 EV', 'AR-1', 'AR-1 B', 'AR-1 EM', 'AR-2', 'AR-3', 'AR-4', 'AR-5', 'ELDR', 'BHT', 'EMINB', 'EMINU', 'FHT1', 'FHT2', 'EXTRA', 'NORSK']}
for y in range(H):
    i = yrs[y]
    lines['AR-1 EV'][y] = i['singleAdults'] * v(y, 'integration', 'year1SingleAdult')
    lines['AR-1'][y] = (i['adultsInFamilies'] + reuA[y]) * v(y, 'integration', 'year1AdultInFamily')
    lines['AR-1 B'][y] = (i['children'] + reuC[y]) * v(y, 'integration', 'year1Child')
    lines['AR-1 EM'][y] = i['unaccompaniedMinors'] * v(y, 'integration', 'year1UnaccompaniedMinor')
    for n in range(2, 6):
        c = y - n + 1
        if c >= 0: lines[f'AR-{n}'][y] = everyone[c] * v(y, 'integration', f'year{n}')
    lines['ELDR'][y] = adults[y] * P60 * v(y, 'elderly')
    lines['BHT'][y] = (i['children'] + reuC[y]) * P05 * v(y, 'kindergarten')
    lines['FHT1'][y] = i['highNeedsTier1'] * v(y, 'highNeeds', 'tier1')
    per = max(0, min(S['highNeedsTier2DocumentedCost'] - v(y, 'highNeeds', 'tier2Threshold'), v(y, 'highNeeds', 'tier2Cap')))
    lines['FHT2'][y] = sum(yrs[c]['highNeedsTier2'] for c in range(max(0, y - 4), y + 1)) * per
    if i['request'] is not None: lines['EXTRA'][y] = max(0, settled[y] - i['request']) * v(y, 'aboveRequest')
    per_adult = HIGH * v(y, 'norwegianTraining', 'highTotal') + (1 - HIGH) * v(y, 'norwegianTraining', 'lowTotal')
    lines['NORSK'][y] = sum(adults[c] * (1 - P60) * per_adult / 3 for c in range(max(0, y - 2), y + 1))
# Minors: ages 15/16/17 a third each; settlement year paid for months from arrival, arrivals even over the year → 78/144 of a year.
FIRST = sum(12 - m for m in range(12)) / 144
minor_years = [0.0] * H
for c in range(H):
    for age in (15, 16, 17):
        n = yrs[c]['unaccompaniedMinors'] / 3
        for y in range(c, H):
            a = age + y - c
            if a > 20: break
            my = n * (FIRST if y == c else 1)
            lines['EMINB' if a <= 16 else 'EMINU'][y] += my * v(y, 'minors', 'youngBand' if a <= 16 else 'olderBand')
# unused decided places: zero outside 2022; in 2022 settled 90 = decision 90 → 0.
income = [sum(kr(l[y]) for l in lines.values()) for y in range(H)]

# Introduction benefit: arrivals even over the months; entrants at t+2 = adults × 0.9 × 0.85; durations 6/12/24/36/48 at 10/20/45/20/5 %; no place limit.
T = H * 12
entering = [0.0] * T
for t in range(T - 2):
    y = t // 12
    entering[t + 2] = (yrs[y]['singleAdults'] + yrs[y]['adultsInFamilies'] + reuA[y]) / 12 * P1855 * 0.85
dur = [(6, .1), (12, .2), (24, .45), (36, .2), (48, .05)]
part = [sum(entering[s] * sum(sh for d, sh in dur if t - s < d) for s in range(t + 1)) for t in range(T)]
factor = 1 - 0.2 + 0.2 * 2 / 3
benefit = [sum(part[y * 12 + m] * 2 * G[Y0 + y - (1 if m < 4 else 0)] / 12 * factor for m in range(12)) for y in range(H)]

# Housing: households = singles + (family persons)/4, even over months; remain by year of residence 1, .9, .8, .7, .6.
remain = [1, .9, .8, .7, .6]
hh = [(yrs[y]['singleAdults'] + (yrs[y]['adultsInFamilies'] + yrs[y]['children']) / 4) for y in range(H)]
need, avail = [], []
for t in range(T):
    y, m = divmod(t, 12)
    need.append(sum(hh[c] * remain[min(y - c, 4)] for c in range(y)) + hh[y] * (m + 1) / 12)
    avail.append(40 + (30 if t >= (2022 - Y0) * 12 + 3 + 6 else 0))
short = [max(0, n - a) for n, a in zip(need, avail)]
occupied = [min(n, a) for n, a in zip(need, avail)]
sa = [80000, 50000, 30000, 15000, 5000]
cost_lines = {
    'benefit': benefit,
    'housing': [2000 * sum(occupied[y * 12:y * 12 + 12]) for y in range(H)],
    'emergency': [12000 * sum(short[y * 12:y * 12 + 12]) for y in range(H)],
    'social': [sum(sa[n - 1] * (everyone[y - n + 1] - yrs[y - n + 1]['unaccompaniedMinors']) for n in range(1, 6) if y - n + 1 >= 0) for y in range(H)],
    'admin': [1_500_000] * H,
}
cost = [sum(kr(l[y]) for l in cost_lines.values()) for y in range(H)]
print('| year | ' + ' | '.join(lines) + ' | income | benefit | housing | emergency | social | admin | cost | net |')
print('|' + '---|' * (len(lines) + 9))
for y in range(H):
    cells = [kr(l[y]) for l in lines.values()] + [income[y]] + [kr(l[y]) for l in cost_lines.values()] + [cost[y], income[y] - cost[y]]
    print(f'| {Y0 + y} | ' + ' | '.join(f'{c:,}'.replace(',', ' ') for c in cells) + ' |')
print('INCOME', income); print('COST', cost)
