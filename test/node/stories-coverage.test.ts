/**
 * Every element has its stories, and they show it in every state a designer must review: a new
 * element without stories, or a state nobody drew, fails CI. Stories say which states they show
 * with tags (`tags: ['state:loading']`), read here with Storybook's own CSF parser, without
 * running them. A state that cannot happen for an element is listed below with its reason.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCsf } from 'storybook/internal/csf-tools';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The states every element is shown in. */
const STATES = [
  'loading',
  'error-retry',
  'empty',
  'too-few',
  'partial',
  'demo',
  'long-labels',
  'large-numbers',
  'one-item',
  'many-items',
] as const;
type State = (typeof STATES)[number] | 'compare' | `scope-${'substance' | 'product' | 'atc' | 'all'}`;

const SCOPES: State[] = ['scope-substance', 'scope-product', 'scope-atc', 'scope-all'];

/** States beyond the common ones. */
const EXTRA: Record<string, State[]> = {
  'ae-profile': ['compare'],
  'bar-chart': ['compare'],
  'shortage-overview': SCOPES,
  'shortage-timeline': SCOPES,
};

const FED_BY_PROPERTY =
  'fed through `.data` by the page or by the widget that holds it: it never fetches, so it never waits nor retries (invalid data is shown by its `state:error` story)';
const NO_THRESHOLD =
  'shortage declarations are public and name no patient: no count is hidden below a threshold';

/** States that cannot occur for an element, and why. */
const NOT_APPLICABLE: Record<string, Partial<Record<State, string>>> = {
  'bar-chart': { loading: FED_BY_PROPERTY, 'error-retry': FED_BY_PROPERTY },
  'proportion-chart': { loading: FED_BY_PROPERTY, 'error-retry': FED_BY_PROPERTY },
  'trend-chart': { loading: FED_BY_PROPERTY, 'error-retry': FED_BY_PROPERTY },
  'shortage-overview': { 'too-few': NO_THRESHOLD },
  'shortage-timeline': { 'too-few': NO_THRESHOLD },
  availability: {
    'too-few': 'the availability is a status and dates: it shows no count',
    'large-numbers': 'the availability is a status and dates: it shows no count',
    'one-item': 'a product has one availability status, never a list',
    'many-items': 'a product has one availability status, never a list',
  },
  'substance-search': {
    'too-few': 'the search shows names, never counts',
    'large-numbers': 'the search shows names, never counts',
    partial:
      'the index is one file that loads whole or fails; entries without some data are filtered by `only` (AdverseEffectsOnly)',
  },
};

const folders = readdirSync(resolve(root, 'src/components')).filter((name) =>
  existsSync(resolve(root, 'src/components', name, `${name}.ts`)),
);

interface StoryFile {
  component: string | undefined;
  stories: { name: string; tags: string[] }[];
  source: string;
}

function parse(file: string): StoryFile {
  const source = readFileSync(file, 'utf8');
  const csf = loadCsf(source, { makeTitle: (title?: string) => title ?? '', fileName: file }).parse();
  const metaTags = csf.meta.tags ?? [];
  return {
    component: csf.meta.component?.replace(/^['"]|['"]$/g, ''),
    stories: Object.values(csf.stories).map((s) => ({
      name: s.name ?? s.id,
      tags: [...metaTags, ...(s.tags ?? [])],
    })),
    source,
  };
}

const statesOf = (file: StoryFile) =>
  new Set(file.stories.flatMap((s) => s.tags.filter((t) => t.startsWith('state:')).map((t) => t.slice(6))));

describe('stories cover every element in every state', () => {
  it('finds the element folders', () => {
    expect(folders.length).toBeGreaterThanOrEqual(10);
    expect(folders).not.toContain('base');
  });

  const table: string[] = [];

  it.each(folders)('datamed-%s has stories/<folder>.stories.ts documenting the element', (folder) => {
    const file = resolve(root, 'stories', `${folder}.stories.ts`);
    expect(existsSync(file), `stories/${folder}.stories.ts`).toBe(true);
    const parsed = parse(file);
    expect(parsed.component, 'meta.component (autodocs come from the manifest)').toBe(`datamed-${folder}`);
  });

  it.each(folders)('datamed-%s: a story for each required state', (folder) => {
    const file = resolve(root, 'stories', `${folder}.stories.ts`);
    if (!existsSync(file)) throw new Error(`stories/${folder}.stories.ts is missing`);
    const covered = statesOf(parse(file));
    const exempt = NOT_APPLICABLE[folder] ?? {};
    const required = [...STATES, ...(EXTRA[folder] ?? [])].filter((s) => !(s in exempt));
    const missing = required.filter((s) => !covered.has(s));
    expect(missing, `states without a story in stories/${folder}.stories.ts`).toEqual([]);
    // A reason that no longer holds is removed: a state marked impossible has no story.
    for (const [state, reason] of Object.entries(exempt)) {
      expect(covered.has(state), `${folder}: "${state}" has a story but is listed as impossible`).toBe(false);
      expect(reason.length).toBeGreaterThan(20);
    }
    const unknown = [...covered].filter(
      (s) => ![...STATES, 'compare', 'error', ...SCOPES].includes(s as State),
    );
    expect(unknown, 'unknown state tags').toEqual([]);
    table.push(`${folder.padEnd(20)} ${[...covered].sort().join(', ')}`);
  });

  it('prints the states per element', () => {
    console.log(`States covered by the stories:\n${table.sort().join('\n')}`);
  });
});

describe('accessibility checks of the stories', () => {
  it('every story fails on any axe violation', () => {
    const preview = readFileSync(resolve(root, '.storybook/preview.ts'), 'utf8');
    expect(preview).toMatch(/a11y:\s*\{\s*test:\s*'error'\s*\}/);
  });

  it('no story is opted out of the axe check without a written reason', () => {
    const files = readdirSync(resolve(root, 'stories')).filter((f) => f.endsWith('.stories.ts'));
    for (const f of files) {
      const lines = readFileSync(resolve(root, 'stories', f), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/test:\s*'(off|todo)'|disable:\s*true/.test(line)) return;
        const before = lines.slice(Math.max(0, i - 4), i).join('\n');
        expect(
          before,
          `${f}:${i + 1} turns the axe check off: say why in an "a11y-exception:" comment`,
        ).toMatch(/a11y-exception: \S.{20,}/);
      });
    }
  });
});
