// The scheduler benchmark's other side: the same 20,000 reviews as ReviewSequence.java (1,000 cards
// x 20, from the same mulberry32 seeds), replayed through ts-fsrs with default parameters and fuzz
// off. Warms up, then measures; prints one line of JSON with reviews per second and the sums of the
// final cards, which SchedulerComparison.java checks against Java's.
//
//   node throughput.mjs [warmupIterations] [iterations] [secondsPerIteration]
import { readFileSync } from 'node:fs';
import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';

const [warmupIterations = 3, iterations = 5, secondsPerIteration = 2] = process.argv.slice(2).map(Number);

const CARDS = 1000;
const REVIEWS_PER_CARD = 20;
const MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;

// mulberry32, bit for bit as ReviewSequence.Mulberry32
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gapInMinutes(next) {
  const choice = next();
  if (choice < 0.2) return Math.floor(next() * 10);
  if (choice < 0.35) return Math.floor(next() * 12 * 60);
  if (choice < 0.85) return Math.floor((1 + next() * 29) * MINUTES_PER_DAY);
  return Math.floor((30 + next() * 170) * MINUTES_PER_DAY);
}

function rating(next) {
  const r = next();
  return r < 0.15 ? Rating.Again : r < 0.3 ? Rating.Hard : r < 0.85 ? Rating.Good : Rating.Easy;
}

// the sequence, built once, as Java builds it once: creation moments, review moments and ratings
const cards = [];
for (let c = 0; c < CARDS; c++) {
  const next = random(c + 1);
  let now = Date.UTC(2025, 0, 1) + Math.floor(next() * 365 * MINUTES_PER_DAY) * MINUTE;
  const card = { created: new Date(now), times: [], ratings: [] };
  for (let i = 0; i < REVIEWS_PER_CARD; i++) {
    if (i > 0) now += gapInMinutes(next) * MINUTE;
    card.times.push(new Date(now));
    card.ratings.push(rating(next));
  }
  cards.push(card);
}

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

function replay() {
  let stabilitySum = 0;
  let dueMinutesSum = 0;
  for (const { created, times, ratings } of cards) {
    let card = createEmptyCard(created);
    for (let i = 0; i < REVIEWS_PER_CARD; i++) {
      card = scheduler.next(card, times[i], ratings[i]).card;
    }
    stabilitySum += card.stability;
    dueMinutesSum += Math.floor(card.due.getTime() / MINUTE);
  }
  return { stabilitySum, dueMinutesSum };
}

// like a JMH iteration: replay the sequence again and again for the given time
function iteration() {
  const end = performance.now() + secondsPerIteration * 1000;
  let replays = 0;
  const start = performance.now();
  while (performance.now() < end) {
    replay();
    replays++;
  }
  return (replays * CARDS * REVIEWS_PER_CARD) / ((performance.now() - start) / 1000);
}

for (let i = 0; i < warmupIterations; i++) iteration();
let sum = 0;
for (let i = 0; i < iterations; i++) sum += iteration();

const version = JSON.parse(readFileSync(new URL('./node_modules/ts-fsrs/package.json', import.meta.url))).version;
process.stdout.write(JSON.stringify({
  reviewsPerSecond: sum / iterations,
  ...replay(),
  tsFsrs: version,
  node: process.version,
}) + '\n');
