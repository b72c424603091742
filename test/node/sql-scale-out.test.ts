/**
 * The SQL of docs/publishing.md ("Scale-out: the same aggregation in SQL"), run as written — read
 * from the markdown, so that the doc and the test cannot drift — in DuckDB on case-level tables
 * made from the real ANSM tables in ../shared/data (skipped, saying so, when absent):
 *
 * - the aggregation gives back the real per-substance counts (cases and patients per year, sex
 *   and age band, organ class × sex), and `datamed-build` makes of its CSV output the same
 *   published figures as of the real tables;
 * - the privacy rule in SQL hides exactly the cells that `suppressPartition` hides;
 * - on a small hand-made case table (no real data needed), cases of unknown sex or age and cases
 *   naming two substances still add up, through "Inconnu" rows published as `unknown`.
 *
 * Case-level data do not exist publicly: they are made so that they add up to the real tables.
 * Substance s has N cases (its total); case k's year, sex and age band follow the cumulative
 * counts of the year, sex and age tables (the three add up to N for every substance); an organ
 * class × sex row of n declarations marks the first n cases of that sex. The organ class × age
 * table can then not be the real one too: it is checked against a count of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { AdverseEffectsFile } from '../../src/data/contract.js';
import { suppressPartition } from '../../src/data/privacy.js';
import { cli, root, tempDir } from './build-helpers.js';

const shared = resolve(root, '../shared/data');
const tables = join(shared, 'ansm-adverse-effects-2014-2018');
const present = existsSync(join(tables, 'sa_data_annee.json'));
if (!present) console.warn(`skipped: the real ANSM data were not found in ${shared} (SQL scale-out tests)`);

/** The ```sql blocks of the doc's scale-out section, in order. */
function docSql(): string[] {
  const doc = readFileSync(join(root, 'docs/publishing.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Scale-out: the same aggregation in SQL'));
  return [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

const TABLES = ['annee', 'sexe', 'age', 'soclong_sexe', 'soclong_age'] as const;

describe.runIf(present)('the SQL scale-out of docs/publishing.md, in DuckDB on the real tables', () => {
  let db: DuckDBInstance;
  let c: DuckDBConnection;
  const out = tempDir();
  const rows = async (sql: string) => (await c.runAndReadAll(sql)).getRowObjectsJson();
  const count = async (sql: string) => Number((await rows(`SELECT count(*) AS n FROM (${sql})`))[0]!.n);

  beforeAll(async () => {
    db = await DuckDBInstance.create(':memory:');
    c = await db.connect();
    for (const t of TABLES)
      await c.run(
        `CREATE TABLE real_${t} AS SELECT * FROM read_json_auto('${join(tables, `sa_data_${t}.json`)}')`,
      );
    // Cumulative spans [lo, hi) of each substance's cases and patients along each dimension.
    const span = (table: string, key: string, order: string) =>
      `CREATE TABLE span_${table} AS SELECT MEDICAMENT, ${key} AS v,
         (sum(n_cas) OVER w - n_cas)::BIGINT AS lo, (sum(n_cas) OVER w)::BIGINT AS hi,
         (sum(n_conso) OVER w - n_conso)::BIGINT AS plo, (sum(n_conso) OVER w)::BIGINT AS phi
       FROM real_${table} WINDOW w AS (PARTITION BY MEDICAMENT ORDER BY ${order})`;
    await c.run(span('annee', 'ANNEE', 'ANNEE'));
    await c.run(span('sexe', `CASE SEXE WHEN 'Femmes' THEN 'F' ELSE 'M' END`, 'SEXE'));
    await c.run(span('age', `CASE AGE WHEN '0-19 ans' THEN 10 WHEN '20-59 ans' THEN 40 ELSE 70 END`, 'AGE'));
    await c.run(`CREATE TABLE ids AS SELECT MEDICAMENT, row_number() OVER (ORDER BY MEDICAMENT) * 1000000 AS base
                 FROM (SELECT DISTINCT MEDICAMENT FROM real_annee)`);
    await c.run(
      `CREATE TABLE numbered AS SELECT MEDICAMENT, v AS year, unnest(range(lo, hi)) AS k FROM span_annee`,
    );
    await c.run(`CREATE TABLE cases AS
      SELECT i.base + n.k AS case_id, n.year, s.v AS sex, a.v AS age_years, n.MEDICAMENT
      FROM numbered n JOIN ids i USING (MEDICAMENT)
      JOIN span_sexe s ON s.MEDICAMENT = n.MEDICAMENT AND n.k >= s.lo AND n.k < s.hi
      JOIN span_age a ON a.MEDICAMENT = n.MEDICAMENT AND n.k >= a.lo AND n.k < a.hi`);
    await c.run(`CREATE TABLE case_substance AS SELECT case_id, MEDICAMENT AS substance FROM cases`);
    await c.run(`CREATE TABLE case_effect AS
      SELECT i.base + unnest(range(s.lo, s.lo + r.n_decla_eff)) AS case_id, r.SOC_LONG AS soc_label
      FROM real_soclong_sexe r JOIN ids i USING (MEDICAMENT)
      JOIN span_sexe s ON s.MEDICAMENT = r.MEDICAMENT AND s.v = r.SEXE`);
    // Open Medic patients per year × sex × age: the intersections of the three spans.
    await c.run(`CREATE TABLE treated AS
      SELECT y.MEDICAMENT AS substance, y.v AS year, s.v AS sex, a.v AS age_years,
             least(y.phi, s.phi, a.phi) - greatest(y.plo, s.plo, a.plo) AS patients
      FROM span_annee y JOIN span_sexe s USING (MEDICAMENT) JOIN span_age a USING (MEDICAMENT)
      WHERE least(y.phi, s.phi, a.phi) > greatest(y.plo, s.plo, a.plo)`);
    await c.run(`ALTER TABLE cases DROP COLUMN MEDICAMENT`);
    // The doc's aggregation, its output files in the temporary folder.
    await c.run(
      docSql()[0]!.replace(/TO '(sa_data_\w+\.csv)'/g, (_, name: string) => `TO '${join(out, name)}'`),
    );
    for (const t of TABLES)
      await c.run(
        `CREATE TABLE sql_${t} AS SELECT * FROM read_csv('${join(out, `sa_data_${t}.csv`)}', header = true)`,
      );
  }, 120_000);

  afterAll(() => {
    c?.closeSync();
    db?.closeSync();
  });

  it('made case-level tables that hold the real totals (the premise of the comparison)', async () => {
    expect(await count(`SELECT * FROM cases`)).toBe(682_156);
    // Every organ class × sex row fits in the cases of that sex.
    expect(
      await count(`SELECT * FROM real_soclong_sexe r JOIN span_sexe s ON s.MEDICAMENT = r.MEDICAMENT
                   AND s.v = r.SEXE WHERE r.n_decla_eff > s.hi - s.lo`),
    ).toBe(0);
    expect(Number((await rows(`SELECT sum(patients) AS p FROM treated`))[0]!.p)).toBe(
      Number((await rows(`SELECT sum(n_conso) AS p FROM real_annee`))[0]!.p),
    );
  });

  const same = async (a: string, b: string) => {
    expect(await count(`${a} EXCEPT ${b}`), `${a}\nEXCEPT\n${b}`).toBe(0);
    expect(await count(`${b} EXCEPT ${a}`), `${b}\nEXCEPT\n${a}`).toBe(0);
  };

  it('gives back the real year, sex and age tables, row for row (zeros included)', async () => {
    for (const [t, key] of [
      ['annee', 'ANNEE'],
      ['sexe', 'SEXE'],
      ['age', 'AGE'],
    ] as const) {
      expect(await count(`SELECT * FROM sql_${t}`)).toBe(await count(`SELECT * FROM real_${t}`));
      await same(
        `SELECT MEDICAMENT, ${key}::VARCHAR, n_cas, n_conso FROM real_${t}`,
        `SELECT MEDICAMENT, ${key}::VARCHAR, n_cas, n_conso FROM sql_${t}`,
      );
    }
  });

  it('gives back the real organ class × sex rows, with the substance total as denominator', async () => {
    await same(
      `SELECT MEDICAMENT, SEXE, SOC_LONG, n_decla_eff FROM real_soclong_sexe`,
      `SELECT MEDICAMENT, SEXE, SOC_LONG, n_decla_eff FROM sql_soclong_sexe`,
    );
    expect(
      await count(`SELECT * FROM sql_soclong_sexe x JOIN (SELECT MEDICAMENT, sum(n_cas) AS total FROM real_annee
                   GROUP BY ALL) y USING (MEDICAMENT) WHERE x.n_cas <> y.total`),
    ).toBe(0);
  });

  it('counts organ class × age band as a direct count of the case rows does (rows of 10 or more)', async () => {
    const direct = `SELECT s.substance AS MEDICAMENT,
        CASE WHEN c.age_years >= 60 THEN 60 WHEN c.age_years >= 20 THEN 20 ELSE 0 END AS AGE,
        e.soc_label AS SOC_LONG, count(*) AS n_decla_eff
      FROM case_effect e JOIN cases c USING (case_id) JOIN case_substance s USING (case_id)
      GROUP BY ALL HAVING count(*) >= 10`;
    expect(await count(direct)).toBeGreaterThan(10_000);
    await same(direct, `SELECT MEDICAMENT, AGE, SOC_LONG, n_decla_eff FROM sql_soclong_age`);
  });

  it('is read by datamed-build into the same published figures as the real tables', async () => {
    const fromSql = join(tempDir(), 'tree');
    const fromReal = join(tempDir(), 'tree');
    // Without the disclosure audit: it also reads the organ class × age rows, which these made-up
    // case tables give otherwise than ANSM's (see above), and may then hide other substance cells.
    const a = await cli([
      ...TABLES.map((t) => join(out, `sa_data_${t}.csv`)),
      '-o',
      fromSql,
      '-q',
      '--no-audit',
    ]);
    expect(a.code, a.stderr).toBe(0);
    const b = await cli([
      ...TABLES.map((t) => join(tables, `sa_data_${t}.json`)),
      '-o',
      fromReal,
      '-q',
      '--no-audit',
    ]);
    expect(b.code, b.stderr).toBe(0);
    const names = readdirSync(join(fromReal, 'substances')).sort();
    expect(names).toHaveLength(1425);
    expect(readdirSync(join(fromSql, 'substances')).sort()).toEqual(names);
    // With the audit, the SQL's output builds too: every hidden count protected across tables.
    const audited = await cli([...TABLES.map((t) => join(out, `sa_data_${t}.csv`)), '--dry-run']);
    expect(audited.code, audited.stderr).toBe(0);
    expect(audited.stderr).toMatch(/disclosure audit: .*; now 0\./);
    const read = (tree: string, name: string) =>
      JSON.parse(readFileSync(join(tree, 'substances', name), 'utf8')) as AdverseEffectsFile;
    for (const name of names) {
      const { cases, years, sex, age, patients } = read(fromSql, name);
      const real = read(fromReal, name);
      expect({ cases, years, sex, age, patients }, name).toEqual({
        cases: real.cases,
        years: real.years,
        sex: real.sex,
        age: real.age,
        patients: real.patients,
      });
    }
  });

  it('hides, with the privacy rule in SQL, exactly the cells that suppressPartition hides', async () => {
    // Partitions of the real tables: sex, age band and year of each substance's cases (total: the
    // cases), and organ class × sex (a missing row is hidden at the source; total: the class's
    // age rows when all three are there, else unknown); a few made-up ones.
    await c.run(`CREATE TABLE cells AS
      WITH totals AS (SELECT MEDICAMENT, sum(n_cas) AS total FROM real_annee GROUP BY ALL),
      socs AS (SELECT MEDICAMENT, SOC_LONG, CASE WHEN count(*) = 3 THEN sum(n_decla_eff) END AS total
               FROM real_soclong_age GROUP BY ALL)
      SELECT MEDICAMENT || ' sexe' AS grp, SEXE AS pos, n_cas AS n, total FROM real_sexe JOIN totals USING (MEDICAMENT)
      UNION ALL SELECT MEDICAMENT || ' age', AGE, n_cas, total FROM real_age JOIN totals USING (MEDICAMENT)
      UNION ALL SELECT MEDICAMENT || ' annee', ANNEE::VARCHAR, n_cas, total FROM real_annee JOIN totals USING (MEDICAMENT)
      UNION ALL SELECT MEDICAMENT || ' ' || SOC_LONG, x.SEXE, r.n_decla_eff, socs.total
        FROM socs CROSS JOIN (VALUES ('F'), ('M')) x(SEXE)
        LEFT JOIN real_soclong_sexe r USING (MEDICAMENT, SOC_LONG, SEXE)
      -- Made-up groups for the branches the real ones may miss: a cell hidden at the source and a
      -- small residual, ties, only zeros left, an unknown total.
      UNION ALL SELECT * FROM (VALUES ('~source', 'a', 50, 55), ('~source', 'b', NULL, 55),
        ('~ties', 'a', 5, 60), ('~ties', 'b', 12, 60), ('~ties', 'c', 12, 60), ('~ties', 'd', 31, 60),
        ('~zeros', 'a', 0, 5), ('~zeros', 'b', 5, 5), ('~unknown', 'a', 5, NULL), ('~unknown', 'b', 20, NULL))`);
    const sql = (await rows(docSql()[1]!)) as { grp: string; pos: string; count: string | number | null }[];
    const cells = (await rows(`SELECT * FROM cells ORDER BY grp, pos`)) as {
      grp: string;
      pos: string;
      n: string | number | null;
      total: string | number | null;
    }[];
    const groups = new Map<string, typeof cells>();
    for (const cell of cells) groups.set(cell.grp, [...(groups.get(cell.grp) ?? []), cell]);
    const expected = new Map<string, number | null>();
    for (const [grp, list] of groups) {
      const total = list[0]!.total === null ? undefined : Number(list[0]!.total);
      const out = suppressPartition(
        list.map((cell) => ({ count: cell.n === null ? null : Number(cell.n) })),
        total,
        11,
      );
      list.forEach((cell, i) => expected.set(`${grp}|${cell.pos}`, out[i]!.count));
    }
    const got = new Map(sql.map((r) => [`${r.grp}|${r.pos}`, r.count === null ? null : Number(r.count)]));
    expect(got.size).toBe(expected.size);
    let differences = 0;
    let hidden = 0;
    let secondary = 0;
    const given = new Map(cells.map((cell) => [`${cell.grp}|${cell.pos}`, cell.n]));
    for (const [key, value] of expected) {
      if (got.get(key) !== value) differences++;
      if (value === null) hidden++;
      const n = given.get(key);
      if (value === null && n !== null && n !== undefined && Number(n) >= 11) secondary++;
    }
    expect(differences).toBe(0);
    // The comparison means something: many cells hidden, some of them by the secondary rule.
    expect(hidden).toBeGreaterThan(1000);
    expect(secondary).toBeGreaterThan(100);
  });
});

/**
 * Cases the real tables cannot make: unknown sex, unknown age, and cases naming two substances,
 * in a small hand-made case table (no real data needed). The sexes and age bands must still add up
 * to the cases, through an "Inconnu" row that datamed-build publishes as `unknown`.
 */
describe('the SQL scale-out of docs/publishing.md, on cases of unknown sex or age', () => {
  const out = tempDir();
  let db: DuckDBInstance;
  let c: DuckDBConnection;
  const skin = 'Affections de la peau et du tissu sous-cutané';

  beforeAll(async () => {
    db = await DuckDBInstance.create(':memory:');
    c = await db.connect();
    // Cases 1–100: years 2020 / 2021 alternately; sex F for 1–25 and 61–80, M for 26–45 and
    // 81–100, unknown for 46–60; age unknown for every fourth case, else 10, 40 or 70 years.
    await c.run(`CREATE TABLE cases AS SELECT i AS case_id, CASE WHEN i % 2 = 1 THEN 2020 ELSE 2021 END AS year,
        CASE WHEN i <= 25 OR i BETWEEN 61 AND 80 THEN 'F' WHEN i <= 45 OR i > 80 THEN 'M' END AS sex,
        CASE i % 4 WHEN 1 THEN 10 WHEN 2 THEN 40 WHEN 3 THEN 70 END AS age_years
      FROM range(1, 101) r(i)`);
    // ALPHA: cases 1–60; BETA: cases 41–100 (41–60 name both).
    await c.run(`CREATE TABLE case_substance AS
      SELECT i AS case_id, 'ALPHA' AS substance FROM range(1, 61) r(i)
      UNION ALL SELECT i, 'BETA' FROM range(41, 101) r(i)`);
    await c.run(
      `CREATE TABLE case_effect AS SELECT i AS case_id, '${skin}' AS soc_label FROM range(1, 101) r(i)`,
    );
    await c.run(`CREATE TABLE treated AS SELECT * FROM (VALUES
        ('ALPHA', 2020, 'F', 40, 10000), ('ALPHA', 2021, 'M', 70, 8000), ('ALPHA', 2020, NULL, NULL, 500),
        ('BETA', 2020, 'F', 10, 3000), ('BETA', 2021, 'M', 40, 2000)
      ) t(substance, year, sex, age_years, patients)`);
    await c.run(
      docSql()[0]!.replace(/TO '(sa_data_\w+\.csv)'/g, (_, name: string) => `TO '${join(out, name)}'`),
    );
  }, 60_000);

  afterAll(() => {
    c?.closeSync();
    db?.closeSync();
  });

  it('writes an "Inconnu" row where cases or patients have no sex or age, and none elsewhere', async () => {
    const rows = async (sql: string) =>
      (await c.runAndReadAll(sql)).getRowObjectsJson() as Record<string, string | number>[];
    const table = async (name: string, key: string) =>
      Object.fromEntries(
        (
          await rows(
            `SELECT MEDICAMENT || ' ' || ${key} AS k, n_cas, n_conso FROM read_csv('${join(out, name)}', header = true)`,
          )
        ).map((r) => [r.k, [Number(r.n_cas), Number(r.n_conso)]]),
      );
    expect(await table('sa_data_sexe.csv', 'SEXE')).toEqual({
      'ALPHA Femmes': [25, 10000],
      'ALPHA Hommes': [20, 8000],
      'ALPHA Inconnu': [15, 500],
      'BETA Femmes': [20, 3000],
      'BETA Hommes': [25, 2000],
      'BETA Inconnu': [15, 0],
    });
    expect(await table('sa_data_age.csv', 'AGE')).toEqual({
      'ALPHA 0-19 ans': [15, 0],
      'ALPHA 20-59 ans': [15, 10000],
      'ALPHA 60 ans et plus': [15, 8000],
      'ALPHA Inconnu': [15, 500],
      'BETA 0-19 ans': [15, 3000],
      'BETA 20-59 ans': [15, 2000],
      'BETA 60 ans et plus': [15, 0],
      'BETA Inconnu': [15, 0],
    });
  });

  it('is published by datamed-build with `unknown` cells, every distribution adding up to the cases', async () => {
    const tree = join(tempDir(), 'tree');
    const reportPath = join(tempDir(), 'report.json');
    const files = TABLES.map((t) => join(out, `sa_data_${t}.csv`)).filter((f) => existsSync(f));
    const r = await cli([...files, '-o', tree, '--report', reportPath, '-q']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { inconsistentTotals: unknown[] };
    expect(report.inconsistentTotals).toEqual([]);
    for (const [name, sexes] of [
      ['alpha', { female: 25, male: 20, unknown: 15 }],
      ['beta', { female: 20, male: 25, unknown: 15 }],
    ] as const) {
      const file = JSON.parse(
        readFileSync(join(tree, 'substances', `${name}.json`), 'utf8'),
      ) as AdverseEffectsFile;
      expect(file.cases!.count).toBe(60);
      expect(Object.fromEntries(file.sex!.map((cell) => [cell.key, cell.count]))).toEqual(sexes);
      expect(file.age!.find((cell) => cell.key === 'unknown')?.count).toBe(15);
      expect(file.age!.reduce((sum, cell) => sum + cell.count!, 0)).toBe(60);
      expect(file.years!.reduce((sum, y) => sum + y.count!, 0)).toBe(60);
    }
  });
});
