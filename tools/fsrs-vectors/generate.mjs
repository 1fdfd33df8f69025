// Reference vectors for the FSRS-6 scheduler, produced by ts-fsrs (the reference implementation).
// Each vector is a card reviewed many times at pseudo-random moments with pseudo-random ratings;
// after every review it records the card exactly as ts-fsrs schedules it. Deterministic: the
// same ts-fsrs version always writes the same file.
//
//   npm ci && npm run generate
import { createEmptyCard, fsrs, generatorParameters, Rating, State } from 'ts-fsrs';

// mulberry32: a small seeded PRNG, so the sequences are reproducible
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const STATES = ['NEW', 'LEARNING', 'REVIEW', 'RELEARNING'];

// Gaps between reviews: the same minute, minutes, hours (the same UTC day or not), around the
// due date (a little early or late), and long absences.
function gap(next, card, now) {
  const choice = next();
  if (choice < 0.15) return Math.floor(next() * 5) * MINUTE;
  if (choice < 0.35) return Math.floor(next() * 120) * MINUTE;
  if (choice < 0.5) return Math.floor(next() * 36 * 60) * MINUTE;
  if (choice < 0.8) {
    const untilDue = Math.max(0, card.due.getTime() - now);
    return Math.max(0, untilDue + Math.floor((next() - 0.3) * 3 * 24 * 60) * MINUTE);
  }
  return Math.floor(next() * 400) * DAY + Math.floor(next() * 24 * 60) * MINUTE;
}

function rating(next) {
  const r = next();
  return r < 0.15 ? Rating.Again : r < 0.3 ? Rating.Hard : r < 0.85 ? Rating.Good : Rating.Easy;
}

const parameterSets = [
  { name: 'defaults', params: {} },
  { name: 'retention-0.80', params: { request_retention: 0.8 } },
  { name: 'retention-0.97', params: { request_retention: 0.97 } },
  { name: 'maximum-interval-180', params: { maximum_interval: 180 } },
];

const vectors = [];
for (const { name, params } of parameterSets) {
  const scheduler = fsrs(generatorParameters({ ...params, enable_fuzz: false }));
  const cards = name === 'defaults' ? 200 : 40;
  for (let c = 0; c < cards; c++) {
    const next = random(1000 * vectors.length + c + 1);
    // start at a pseudo-random moment in 2025, at any minute of the day (UTC day boundaries matter)
    let now = Date.UTC(2025, 0, 1) + Math.floor(next() * 365 * DAY / MINUTE) * MINUTE;
    const created = now;
    let card = createEmptyCard(new Date(now));
    const reviews = [];
    const length = 5 + Math.floor(next() * 25);
    for (let i = 0; i < length; i++) {
      if (i > 0) {
        now += gap(next, card, now);
      }
      const grade = rating(next);
      const retrievability = scheduler.get_retrievability(card, new Date(now), false);
      card = scheduler.next(card, new Date(now), grade).card;
      reviews.push({
        at: new Date(now).toISOString(),
        rating: grade,
        retrievabilityBefore: retrievability,
        state: STATES[card.state],
        stability: card.stability,
        difficulty: card.difficulty,
        due: card.due.toISOString(),
        reps: card.reps,
        lapses: card.lapses,
        learningSteps: card.learning_steps,
        scheduledDays: card.scheduled_days,
        elapsedDays: card.elapsed_days,
      });
    }
    vectors.push({
      parameters: name,
      requestRetention: params.request_retention ?? 0.9,
      maximumInterval: params.maximum_interval ?? 36500,
      created: new Date(created).toISOString(),
      reviews,
    });
  }
}

process.stdout.write(JSON.stringify({ generator: 'ts-fsrs 5.4.2, fuzz off', vectors }, null, 1) + '\n');
