/**
 * The public medicines database ("base de données publique des médicaments", BDPM) files that the
 * build can use: tab-separated, no header, Windows-1252 (the CLI decodes them), one record a line.
 * Column layouts follow the public description of the downloadable files:
 *
 * `CIS_bdpm.txt` (medicines): CIS code · name ("DOLIPRANE 1000 mg, comprimé") · pharmaceutical form
 * · routes · marketing authorisation status · procedure · marketing state · authorisation date
 * (DD/MM/YYYY) · BdM status · European number · holder(s) · enhanced monitoring (Oui/Non).
 *
 * `CIS_COMPO_bdpm.txt` (compositions): CIS code · element ("comprimé") · substance code · substance
 * name ("CHLORHYDRATE DE METFORMINE") · dosage · dosage reference · nature (SA active substance, FT
 * or ST therapeutic fraction) · link number (pairs an SA with its FT: "METFORMINE").
 *
 * `CIS_CIP_Dispo_Spec.txt` (availability): CIS code · CIP13 (empty: every presentation) · status
 * code (1 rupture de stock, 2 tension d'approvisionnement, 3 arrêt de commercialisation, 4 remise à
 * disposition) · status label · start date · update date · date back on the market · link (ANSM).
 *
 * A line that cannot be read (too few fields, a CIS code that is not 8 digits, an unknown status)
 * is skipped and reported with its file, line and column. Pure: no Node APIs.
 */
import type { ShortageClassification, ShortageDeclaration } from '../data/contract.js';
import type { BuildIssue } from './issues.js';
import { normaliseDate } from './shortages.js';

export type BdpmFileKind = 'cis' | 'compo' | 'dispo';

export const BDPM_COLUMNS: Record<BdpmFileKind, readonly string[]> = {
  cis: [
    'code CIS',
    'dénomination',
    'forme pharmaceutique',
    'voies d’administration',
    'statut administratif de l’AMM',
    'type de procédure',
    'état de commercialisation',
    'date d’AMM',
    'statut BdM',
    'numéro d’autorisation européenne',
    'titulaire(s)',
    'surveillance renforcée',
  ],
  compo: [
    'code CIS',
    'désignation de l’élément',
    'code de la substance',
    'dénomination de la substance',
    'dosage',
    'référence du dosage',
    'nature du composant',
    'numéro de liaison SA/FT',
  ],
  dispo: [
    'code CIS',
    'code CIP13',
    'code statut',
    'libellé statut',
    'date début',
    'date mise à jour',
    'date de remise à disposition',
    'lien vers l’ANSM',
  ],
};

/** Fields each kind needs on a line (the trailing ones may be absent). */
const MIN_FIELDS: Record<BdpmFileKind, number> = { cis: 2, compo: 7, dispo: 5 };

/** The kind of a BDPM file from its name (`CIS_bdpm.txt`, `CIS_COMPO_bdpm.txt`…), or undefined. */
export function bdpmKindOf(fileName: string): BdpmFileKind | undefined {
  const base = fileName.split(/[\\/]/).pop()!.toUpperCase();
  if (/^CIS_COMPO_BDPM.*\.TXT$/.test(base)) return 'compo';
  if (/^CIS_CIP_DISPO_SPEC.*\.TXT$/.test(base)) return 'dispo';
  if (/^CIS_BDPM.*\.TXT$/.test(base)) return 'cis';
  return undefined;
}

/** Splits text chunks into numbered lines (LF or CRLF), for tab-separated files. */
export class LineReader {
  private rest = '';
  private line = 0;

  push(chunk: string): { line: number; text: string }[] {
    const text = this.rest + chunk;
    const parts = text.split('\n');
    this.rest = parts.pop()!;
    return parts.map((p) => ({ line: ++this.line, text: p.endsWith('\r') ? p.slice(0, -1) : p }));
  }

  end(): { line: number; text: string }[] {
    const last = this.rest;
    this.rest = '';
    return last ? [{ line: ++this.line, text: last.endsWith('\r') ? last.slice(0, -1) : last }] : [];
  }
}

export interface BdpmProduct {
  name: string;
  holder?: string;
  form?: string;
  /** Routes of administration ("orale", "intraveineuse"). */
  routes?: string[];
  /** False for "Non commercialisée"; undefined when the file does not say. */
  marketed?: boolean;
}

interface Component {
  code: string;
  nature: 'SA' | 'FT';
  link: string;
  dosage?: string;
  reference?: string;
}

export interface BdpmAvailability {
  cis: string;
  cip13: string;
  status: 1 | 2 | 3 | 4;
  start: string;
  updated?: string;
  /** "Date de remise à disposition": back on the market (status 4) or expected back (1 to 3). */
  back?: string;
  /** The agency's page about it, http(s) only. */
  url?: string;
  line: number;
}

/** What the BDPM files say, kept compact: names, compositions, current availability. */
export class BdpmData {
  readonly products = new Map<string, BdpmProduct>();
  /** Substance code → its name as the database writes it (upper case, with accents). */
  readonly substanceNames = new Map<string, string>();
  readonly compositions = new Map<string, Component[]>();
  readonly availability: BdpmAvailability[] = [];
  readonly issues: BuildIssue[] = [];
  readonly kinds = new Set<BdpmFileKind>();
  private readonly readers = new Map<string, LineReader>();

  /** Feeds decoded text of a file. */
  push(file: string, kind: BdpmFileKind, chunk: string): void {
    this.kinds.add(kind);
    let reader = this.readers.get(file);
    if (!reader) this.readers.set(file, (reader = new LineReader()));
    for (const line of reader.push(chunk)) this.line(file, kind, line.line, line.text);
  }

  end(file: string, kind: BdpmFileKind): void {
    this.kinds.add(kind);
    for (const line of this.readers.get(file)?.end() ?? []) this.line(file, kind, line.line, line.text);
    this.readers.delete(file);
  }

  private issue(
    file: string,
    line: number,
    message: string,
    column?: string,
    severity: BuildIssue['severity'] = 'error',
  ) {
    this.issues.push({ file, line, ...(column ? { column } : {}), severity, message });
  }

  private line(file: string, kind: BdpmFileKind, line: number, text: string): void {
    if (!text.trim()) return; // the database files have stray blank lines
    const f = text.split('\t').map((v) => v.trim());
    const columns = BDPM_COLUMNS[kind];
    if (f.length < MIN_FIELDS[kind])
      return this.issue(
        file,
        line,
        `${f.length} field(s), at least ${MIN_FIELDS[kind]} expected (${columns.slice(0, MIN_FIELDS[kind]).join(' · ')}): line skipped`,
        columns[f.length],
      );
    if (!/^\d{8}$/.test(f[0]!))
      return this.issue(
        file,
        line,
        `"${f[0]!.slice(0, 20)}" is not a CIS code (8 digits): line skipped`,
        columns[0],
      );
    const cis = f[0]!;
    switch (kind) {
      case 'cis': {
        if (!f[1]) return this.issue(file, line, 'no medicine name: line skipped', columns[1]);
        if (this.products.has(cis))
          return this.issue(file, line, `CIS ${cis} already described: line skipped`, columns[0], 'warning');
        const holder = f[10]?.split(';')[0]?.trim();
        const routes = f[3]
          ?.split(';')
          .map((r) => r.trim())
          .filter(Boolean);
        const state = f[6]?.toLowerCase();
        this.products.set(cis, {
          name: f[1],
          ...(holder ? { holder } : {}),
          ...(f[2] ? { form: f[2] } : {}),
          ...(routes?.length ? { routes } : {}),
          ...(state ? { marketed: !state.startsWith('non') } : {}),
        });
        return;
      }
      case 'compo': {
        const [, , code, name, dosage, reference, nature, link = ''] = f;
        if (!/^\d{1,10}$/.test(code!))
          return this.issue(
            file,
            line,
            `"${code!.slice(0, 20)}" is not a substance code: line skipped`,
            columns[2],
          );
        if (!name) return this.issue(file, line, 'no substance name: line skipped', columns[3]);
        const kindOf = nature === 'SA' ? 'SA' : nature === 'FT' || nature === 'ST' ? 'FT' : undefined;
        if (!kindOf)
          return this.issue(
            file,
            line,
            `nature "${nature}" is neither SA, FT nor ST: line skipped`,
            columns[6],
          );
        if (!this.substanceNames.has(code!)) this.substanceNames.set(code!, name);
        let list = this.compositions.get(cis);
        if (!list) this.compositions.set(cis, (list = []));
        list.push({
          code: code!,
          nature: kindOf,
          link,
          ...(dosage ? { dosage } : {}),
          ...(reference ? { reference } : {}),
        });
        return;
      }
      case 'dispo': {
        const [, cip13 = '', statusText, , startText, updatedText = '', backText = '', url = ''] = f;
        if (cip13 && !/^\d{13}$/.test(cip13))
          return this.issue(
            file,
            line,
            `"${cip13.slice(0, 20)}" is not a CIP13 code (13 digits): line skipped`,
            columns[1],
          );
        const status = Number(statusText);
        if (status !== 1 && status !== 2 && status !== 3 && status !== 4)
          return this.issue(
            file,
            line,
            `unknown status code "${statusText}" (1 to 4 expected): line skipped`,
            columns[2],
          );
        const start = normaliseDate(startText!);
        if (!start)
          return this.issue(
            file,
            line,
            `"${startText}" is not a date (DD/MM/YYYY): line skipped`,
            columns[4],
          );
        const updated = normaliseDate(updatedText);
        if (updatedText && !updated)
          this.issue(file, line, `"${updatedText}" is not a date: ignored`, columns[5], 'warning');
        const back = normaliseDate(backText);
        if (backText && !back)
          this.issue(file, line, `"${backText}" is not a date: ignored`, columns[6], 'warning');
        this.availability.push({
          cis,
          cip13,
          status,
          start,
          ...(updated ? { updated } : {}),
          ...(back ? { back } : {}),
          ...(/^https?:\/\/\S+$/.test(url) && url.length <= 1000 ? { url } : {}),
          line,
        });
        return;
      }
    }
  }

  /** The active substances of a medicine with their dosage, in the database's order. */
  activeComponents(cis: string): Component[] {
    const seen = new Set<string>();
    return (this.compositions.get(cis) ?? []).filter(
      (c) => c.nature === 'SA' && !seen.has(c.code) && !!seen.add(c.code),
    );
  }

  /** Active-substance codes of a medicine. */
  activeSubstances(cis: string): string[] {
    return [
      ...new Set((this.compositions.get(cis) ?? []).filter((c) => c.nature === 'SA').map((c) => c.code)),
    ];
  }

  /** For each active substance code, the names of its therapeutic fractions ("METFORMINE"). */
  fractionNames(): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    for (const components of this.compositions.values()) {
      for (const sa of components) {
        if (sa.nature !== 'SA' || !sa.link) continue;
        for (const ft of components) {
          if (ft.nature !== 'FT' || ft.link !== sa.link) continue;
          let set = out.get(sa.code);
          if (!set) out.set(sa.code, (set = new Set()));
          set.add(this.substanceNames.get(ft.code)!);
        }
      }
    }
    return out;
  }

  /** Medicines (CIS) per active substance code. */
  medicinesBySubstance(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const cis of [...this.compositions.keys()].sort()) {
      for (const code of this.activeSubstances(cis)) {
        let list = out.get(code);
        if (!list) out.set(code, (list = []));
        list.push(cis);
      }
    }
    return out;
  }

  /** The latest date the availability file mentions (its state "as of"). */
  latestDate(): string | undefined {
    let latest: string | undefined;
    for (const a of this.availability) {
      for (const d of [a.start, a.updated]) if (d && (!latest || d > latest)) latest = d;
    }
    return latest;
  }

  /**
   * Current shortages as contract declarations: statuses 1–3 are open declarations; status 4
   * (back on the market) says a shortage ended without saying when it began, so it is counted in
   * `skipped` rather than drawn as a period.
   */
  availabilityDeclarations(): {
    declarations: (ShortageDeclaration & { substanceCodes: string[] })[];
    skipped: number;
  } {
    const out: (ShortageDeclaration & { substanceCodes: string[] })[] = [];
    const seen = new Set<string>();
    let skipped = 0;
    for (const a of this.availability) {
      if (a.status === 4) {
        skipped++;
        continue;
      }
      const id = `BDPM-${a.cis}${a.cip13 ? `-${a.cip13}` : ''}`;
      if (seen.has(id)) {
        skipped++;
        continue;
      }
      seen.add(id);
      const product = this.products.get(a.cis);
      const codes = this.activeSubstances(a.cis);
      const names = codes.map((c) => this.substanceNames.get(c)!);
      const classification: ShortageClassification =
        a.status === 1 ? 'rupture' : a.status === 2 ? 'risk' : 'discontinuation';
      out.push({
        id,
        product: product?.name ?? `CIS ${a.cis}`,
        substance: names.join(' + '),
        classification,
        state: 'open',
        reported: a.start,
        start: a.start,
        ...(product?.holder ? { laboratory: product.holder } : {}),
        cis: [a.cis],
        substanceCodes: codes,
      });
    }
    return { declarations: out, skipped };
  }
}
