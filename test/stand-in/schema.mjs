/**
 * The interface of DataMed's public GraphQL API as our stand-in enforces it: for each type, its
 * fields, their type (`!` non-null, `[…]` list) and their arguments. Written by us from the facts of
 * the public code (field names, argument types, which labels the API capitalises); it is a table for
 * our query checker, not a copy of their schema file.
 *
 * `cap` marks the fields the API passes through `@capitalize` (first letter upper-case, every other
 * letter lower-case): the stand-in applies it to its answers as the real server does.
 */

/** Scalars the checker knows; any other name must be a type of TYPES. */
export const SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

const f = (type, extra = {}) => ({ type, ...extra });
const cap = (type) => f(type, { cap: true });
const indicator = f('IndicatorValues');
const rangeRow = (extra = {}) => ({
  id: f('Int'),
  range: cap('String!'),
  value: f('Int!'),
  valuePercent: f('Float!'),
  description: f('String'),
  ...extra,
});

export const TYPES = {
  Query: {
    getSpeciality: f('Speciality', { args: { cisCode: 'String!' } }),
    getSpecialities: f('SpecialitiesReturn'),
    getSubstance: f('Substance', { args: { subCode: 'String!' } }),
    getSubstances: f('SubstancesReturn'),
    getGlobalShortages: f('GlobalShortages'),
    getGlobalStatistics: f('GlobalStatistics'),
  },
  Meta: { count: f('Int') },
  Period: { minYear: f('Int!'), minMonth: f('String'), maxYear: f('Int!'), maxMonth: f('String') },
  IndicatorValues: { value: f('Int!'), valuePercent: f('Float!') },
  RepartitionPerGender: { male: indicator, female: indicator },
  RepartitionPerAge: rangeRow(),
  RepartitionPerNotifier: {
    notifierId: f('Int!'),
    job: cap('String!'),
    value: f('Int!'),
    valuePercent: f('Float!'),
  },
  HltEffect: {
    hltEffectId: f('Int!'),
    socId: f('Int!'),
    range: cap('String!'),
    value: f('Int!'),
    valuePercent: f('Float!'),
  },
  RepartitionPerPathology: {
    socId: f('Int!'),
    subId: f('Int!'),
    range: cap('String!'),
    value: f('Int!'),
    valuePercent: f('Float!'),
    htlEffects: f('[HltEffect]'),
  },
  SubstanceSideEffectsDeclarations: { total: f('Int!') },
  SubstanceSideEffects: {
    bnpvPeriod: f('Period'),
    declarations: f('SubstanceSideEffectsDeclarations'),
    repartitionPerGender: f('RepartitionPerGender'),
    repartitionPerAge: f('[RepartitionPerAge]'),
    repartitionPerNotifier: f('[RepartitionPerNotifier]'),
    repartitionPerPathology: f('[RepartitionPerPathology]'),
  },
  EntityExposition: {
    openMedicPeriod: f('Period'),
    consumption: f('Int'),
    level: f('String'),
    description: f('String'),
  },
  Substance: {
    id: f('Int!'),
    code: f('String!'),
    name: cap('String!'),
    exposition: f('EntityExposition'),
    repartitionPerGender: f('RepartitionPerGender'),
    repartitionPerAge: f('[RepartitionPerAge]'),
    sideEffects: f('SubstanceSideEffects'),
    retrievedSpecialities: f('SpecialitiesReturn'),
  },
  SubstancesReturn: { substances: f('[Substance]'), meta: f('Meta') },
  SpecialityLight: { id: f('Int!'), code: f('String!'), name: cap('String!') },
  SpecialitiesReturn: { specialities: f('[SpecialityLight]'), meta: f('Meta') },
  SpecialitySubstance: { id: f('Int!'), code: f('String!'), name: cap('String!'), dosage: f('String') },
  MedicalATC: { id: f('Int!'), code: f('String'), name: cap('String') },
  PharmaForm: { id: f('Int!'), type: f('String!'), label: cap('String!') },
  Laboratory: { id: f('Int!'), name: cap('String') },
  PublicationType: { id: f('Int'), name: cap('String') },
  Publication: { id: f('Int!'), name: cap('String!'), type: f('PublicationType'), link: f('String') },
  WithRepartition: { with: indicator, without: indicator },
  MedicalErrorsPopulation: rangeRow(),
  MedicalErrorsApparitionStep: {
    stepId: f('Int!'),
    step: f('String!'),
    label: f('String!'),
    value: f('Int!'),
    valuePercent: f('Float!'),
    description: f('String'),
  },
  MedicalErrorsNature: { id: f('Int!'), nature: f('String!'), value: f('Int!'), valuePercent: f('Float!') },
  MedicalErrors: {
    errMedPeriod: f('Period'),
    populationRepartition: f('[MedicalErrorsPopulation]'),
    sideEffectsOriginRepartition: f('WithRepartition'),
    apparitionStepRepartition: f('[MedicalErrorsApparitionStep]'),
    natureRepartition: f('[MedicalErrorsNature]'),
  },
  ShortageCis: { id: f('Int!'), code: f('String'), name: cap('String') },
  SpecialityAssociatedShortage: {
    num: f('String'),
    state: f('String'),
    date: f('String'),
    year: f('Int'),
    cis: f('ShortageCis'),
    cause: f('String'),
    classification: cap('String'),
  },
  SpecialityRupturesHistory: {
    shortages: f('[SpecialityAssociatedShortage!]'),
    meta: f('Meta'),
    trustMedPeriod: f('Period'),
  },
  Speciality: {
    id: f('Int!'),
    code: f('String!'),
    name: cap('String!'),
    atc: f('MedicalATC'),
    dosageIndication: f('String'),
    substances: f('[Substance]'),
    bnpvPeriod: f('Period'),
    dosageSubstances: f('[SpecialitySubstance]'),
    pharmaForm: f('PharmaForm'),
    commercialisationState: cap('String'),
    commercialisationType: cap('String'),
    laboratory: f('Laboratory'),
    repartitionPerGender: f('RepartitionPerGender'),
    repartitionPerAge: f('[RepartitionPerAge]'),
    exposition: f('EntityExposition'),
    medicalErrors: f('MedicalErrors'),
    publications: f('[Publication]'),
    shortagesHistory: f('SpecialityRupturesHistory'),
  },
  GlobalExpositionPeriod: { consumption: f('Int'), minYear: f('Int!'), maxYear: f('Int!') },
  GlobalStatsUsagePerAge: rangeRow(),
  GlobalStatsShare: { range: cap('String!'), value: f('Int!'), valuePercent: f('Float!') },
  GlobalStatsUsagePerPathology: {
    id: f('Int!'),
    range: cap('String!'),
    value: f('Int!'),
    valuePercent: f('Float!'),
  },
  GlobalStatsUsagePerNotifier: {
    id: f('Int!'),
    job: cap('String!'),
    value: f('Int!'),
    valuePercent: f('Float!'),
  },
  GlobalStatistics: {
    exposition: f('GlobalExpositionPeriod'),
    repartitionPerGender: f('RepartitionPerGender'),
    repartitionPerAge: f('[GlobalStatsUsagePerAge]'),
    // Serious effects and gravity rows have the same three fields: one entry for both.
    repartitionPerSeriousEffect: f('[GlobalStatsShare]'),
    repartitionPerPathology: f('[GlobalStatsUsagePerPathology]'),
    repartitionPerNotifier: f('[GlobalStatsUsagePerNotifier]'),
    repartitionPerGravity: f('[GlobalStatsShare]'),
  },
  ShortagesPerYear: {
    year: f('Int!'),
    reportsCount: f('Int'),
    measuresCount: f('Int'),
    casesWithMeasuresCount: f('Int'),
    casesWithMeasuresCountPercent: f('Float'),
  },
  ShortagesClassPerYear: {
    year: f('Int!'),
    value: f('Int'),
    valuePercentClosed: f('Float'),
    classification: f('String'),
  },
  ShortagesYearShare: {
    year: f('Int!'),
    value: f('Int'),
    valuePercent: f('Float'),
    type: f('String'),
    definition: f('String'),
  },
  ShortagesAtcPerYear: {
    year: f('Int!'),
    reportsCount: f('Int'),
    medicsCount: f('Int'),
    code: f('String'),
    label: f('String'),
  },
  GlobalShortages: {
    period: f('Period'),
    shortagesPerYear: f('[ShortagesPerYear!]'),
    shortagesClassesPerYear: f('[ShortagesClassPerYear!]'),
    // Causes and measures per year have the same fields: one entry for both.
    shortagesCausesPerYear: f('[ShortagesYearShare!]'),
    shortagesAtcPerYear: f('[ShortagesAtcPerYear!]'),
    shortagesMeasuresPerYear: f('[ShortagesYearShare!]'),
  },
};

/** `[Foo!]!` → `Foo`: the named type under list and non-null marks. */
export function namedType(type) {
  return type.replace(/[[\]!]/g, '');
}
