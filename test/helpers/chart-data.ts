import type { ChartData } from '../../src/charts/model.js';
import { withShares } from '../../src/charts/model.js';

/** Organ classes of a fictional substance: long labels, a hidden value, a drill-down. */
export function organClasses(overrides: Partial<ChartData> = {}): ChartData {
  return withShares({
    heading: 'Classes d’organes',
    caption: 'Nombre de cas par classe d’organes',
    series: [{ key: 'cases', label: 'Cas', base: 942 }],
    categories: [
      {
        key: 'skin',
        label: 'Affections de la peau et du tissu sous-cutané',
        values: [{ count: 310 }],
        children: [
          { key: 'rash', label: 'Éruptions', values: [{ count: 200 }] },
          { key: 'urticaria', label: 'Urticaires', values: [{ count: 95 }] },
        ],
      },
      { key: 'gi', label: 'Affections gastro-intestinales', values: [{ count: 205 }] },
      { key: 'nervous', label: 'Affections du système nerveux', values: [{ count: 120 }] },
      { key: 'immune', label: 'Affections du système immunitaire', values: [{ count: null }] },
    ],
    unit: { one: 'cas', many: 'cas' },
    threshold: 11,
    notes: ['Un cas peut toucher plusieurs classes : les pourcentages ne s’additionnent pas.'],
    ...overrides,
  });
}

/** Cases and treated patients by sex: a proportion chart with a hidden cell. */
export function sexes(overrides: Partial<ChartData> = {}): ChartData {
  return withShares({
    heading: 'Sexe des patients',
    caption: 'Répartition des cas et des patients traités par sexe',
    series: [
      { key: 'cases', label: 'Cas déclarés', total: 942 },
      {
        key: 'patients',
        label: 'Patients traités',
        total: 152_380,
        role: 'reference',
        unit: { one: 'patient', many: 'patients' },
      },
    ],
    categories: [
      { key: 'female', label: 'Femmes', values: [{ count: 317 }, { count: 48_273 }] },
      { key: 'male', label: 'Hommes', values: [{ count: 620 }, { count: 104_107 }] },
      { key: 'unknown', label: 'Sexe inconnu', values: [{ count: null }, { count: 0 }] },
    ],
    unit: { one: 'cas', many: 'cas' },
    threshold: 11,
    ...overrides,
  });
}

/** Cases per year. */
export function years(overrides: Partial<ChartData> = {}): ChartData {
  return {
    heading: 'Évolution',
    caption: 'Nombre de cas déclarés par année',
    series: [{ key: 'cases', label: 'Cas', total: 942 }],
    categories: [171, 187, 200, 190, 194].map((count, i) => ({
      key: String(2014 + i),
      label: String(2014 + i),
      values: [{ count }],
    })),
    unit: { one: 'cas', many: 'cas' },
    threshold: 11,
    showShares: false,
    ...overrides,
  };
}

/** Declarations per year in three stacked parts (a whole split by classification). */
export function stackedYears(overrides: Partial<ChartData> = {}): ChartData {
  const parts = [
    [120, 30, 0],
    [150, 60, 5],
    [210, 90, 12],
  ];
  return {
    heading: 'Déclarations par année',
    caption: 'Nombre de déclarations par année et par classification',
    series: [
      { key: 'rupture', label: 'Rupture de stock' },
      { key: 'risk', label: 'Risque de rupture' },
      { key: 'discontinuation', label: 'Arrêt de commercialisation' },
    ],
    categories: parts.map((values, i) => ({
      key: String(2018 + i),
      label: String(2018 + i),
      values: values.map((count) => ({ count })),
    })),
    unit: { one: 'déclaration', many: 'déclarations' },
    threshold: 11,
    showShares: false,
    stacked: true,
    ...overrides,
  };
}
