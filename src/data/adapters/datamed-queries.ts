/**
 * The queries the DataMed adapter sends, and the shapes of their answers as the API gives them
 * (public schema of data.ansm.sante.fr: `getSubstance(subCode: String!)`, `getSubstances`,
 * `getSpeciality(cisCode: String!)`, `getSpecialities`, `getGlobalStatistics`). Every field may
 * be missing or null in an answer: the mapping functions check each value, and the contract
 * validator refuses what is still wrong.
 *
 * Products: `getSpeciality`, `getSpecialities`; all medicines: `getGlobalStatistics`
 * (`getGlobalShortages` is not read: see docs/graphql.md).
 */

const PERIOD = 'minYear maxYear';
// Counts only: the shares (`valuePercent`) are computed by the widgets from the counts shown.
const SHARE = 'value';
const GENDER = `male { ${SHARE} } female { ${SHARE} }`;

export const SUBSTANCE_QUERY = `query DatamedWidgetsSubstance($subCode: String!) {
  getSubstance(subCode: $subCode) {
    code
    name
    exposition { consumption level description openMedicPeriod { ${PERIOD} } }
    repartitionPerGender { ${GENDER} }
    repartitionPerAge { range ${SHARE} }
    sideEffects {
      bnpvPeriod { ${PERIOD} }
      declarations { total }
      repartitionPerGender { ${GENDER} }
      repartitionPerAge { range ${SHARE} }
      repartitionPerNotifier { notifierId job ${SHARE} }
      repartitionPerPathology { socId range ${SHARE} htlEffects { hltEffectId range ${SHARE} } }
    }
    retrievedSpecialities { specialities { code name } }
  }
}`;

export const SUBSTANCES_QUERY = `query DatamedWidgetsSubstances { getSubstances { substances { code name } } }`;

/** The products of a substance, for its shortages (see datamed-map-products.ts). */
export const SUBSTANCE_PRODUCTS_QUERY = `query DatamedWidgetsSubstanceProducts($subCode: String!) {
  getSubstance(subCode: $subCode) { code name retrievedSpecialities { specialities { code name } } }
}`;

/**
 * A product (spécialité): its description, treated patients, medication errors and shortage
 * history. One query for the product page, its medication errors and its shortages, so that
 * they share one request (the client caches it).
 */
export const PRODUCT_QUERY = `query DatamedWidgetsProduct($cisCode: String!) {
  getSpeciality(cisCode: $cisCode) {
    code
    name
    atc { code name }
    pharmaForm { label }
    laboratory { name }
    commercialisationState
    dosageIndication
    dosageSubstances { code name dosage }
    exposition { consumption level openMedicPeriod { ${PERIOD} } }
    medicalErrors {
      errMedPeriod { ${PERIOD} }
      populationRepartition { range ${SHARE} }
      sideEffectsOriginRepartition { with { ${SHARE} } without { ${SHARE} } }
      apparitionStepRepartition { stepId label ${SHARE} }
      natureRepartition { id nature ${SHARE} }
    }
    shortagesHistory {
      trustMedPeriod { minYear minMonth maxYear maxMonth }
      shortages { num state date year cis { code name } cause classification }
    }
  }
}`;

export const SPECIALITIES_QUERY = `query DatamedWidgetsSpecialities { getSpecialities { specialities { code name } } }`;

/** The all-medicines figures (DataMed's /globaldec page). */
export const GLOBAL_STATISTICS_QUERY = `query DatamedWidgetsGlobalStatistics {
  getGlobalStatistics {
    exposition { consumption minYear maxYear }
    repartitionPerGender { ${GENDER} }
    repartitionPerAge { range ${SHARE} }
    repartitionPerGravity { range ${SHARE} }
    repartitionPerSeriousEffect { range ${SHARE} }
    repartitionPerNotifier { id job ${SHARE} }
    repartitionPerPathology { id range ${SHARE} }
  }
}`;

export interface ApiPeriod {
  minYear?: unknown;
  maxYear?: unknown;
}
export interface ApiShare {
  value?: unknown;
}
export interface ApiRange extends ApiShare {
  range?: unknown;
}
export interface ApiGender {
  male?: ApiShare | null;
  female?: ApiShare | null;
}
export type ApiList<T> = (T | null)[] | null | undefined;

export interface ApiProductRef {
  code?: unknown;
  name?: unknown;
}

export interface ApiSubstance {
  code?: unknown;
  name?: unknown;
  exposition?: { consumption?: unknown; level?: unknown; openMedicPeriod?: ApiPeriod | null } | null;
  repartitionPerGender?: ApiGender | null;
  repartitionPerAge?: ApiList<ApiRange>;
  sideEffects?: {
    bnpvPeriod?: ApiPeriod | null;
    declarations?: { total?: unknown } | null;
    repartitionPerGender?: ApiGender | null;
    repartitionPerAge?: ApiList<ApiRange>;
    repartitionPerNotifier?: ApiList<{ notifierId?: unknown; job?: unknown; value?: unknown }>;
    repartitionPerPathology?: ApiList<ApiRange & { htlEffects?: ApiList<ApiRange> }>;
  } | null;
  retrievedSpecialities?: { specialities?: ApiList<ApiProductRef> } | null;
}

export interface ApiMedicalErrors {
  errMedPeriod?: ApiPeriod | null;
  populationRepartition?: ApiList<ApiRange>;
  sideEffectsOriginRepartition?: { with?: ApiShare | null; without?: ApiShare | null } | null;
  apparitionStepRepartition?: ApiList<{ stepId?: unknown; label?: unknown; value?: unknown }>;
  natureRepartition?: ApiList<{ id?: unknown; nature?: unknown; value?: unknown }>;
}

export interface ApiShortage {
  num?: unknown;
  state?: unknown;
  date?: unknown;
  year?: unknown;
  cis?: ApiProductRef | null;
  cause?: unknown;
  classification?: unknown;
}

export interface ApiPeriodMonths extends ApiPeriod {
  minMonth?: unknown;
  maxMonth?: unknown;
}

export interface ApiProduct {
  code?: unknown;
  name?: unknown;
  atc?: { code?: unknown; name?: unknown } | null;
  pharmaForm?: { label?: unknown } | null;
  laboratory?: { name?: unknown } | null;
  commercialisationState?: unknown;
  dosageIndication?: unknown;
  dosageSubstances?: ApiList<{ code?: unknown; name?: unknown; dosage?: unknown }>;
  exposition?: ApiSubstance['exposition'];
  medicalErrors?: ApiMedicalErrors | null;
  shortagesHistory?: { trustMedPeriod?: ApiPeriodMonths | null; shortages?: ApiList<ApiShortage> } | null;
}

export interface ApiGlobalStatistics {
  /** `consumption` is a number of cases here, over minYear–maxYear (the BNPV period). */
  exposition?: { consumption?: unknown; minYear?: unknown; maxYear?: unknown } | null;
  repartitionPerGender?: ApiGender | null;
  repartitionPerAge?: ApiList<ApiRange>;
  repartitionPerGravity?: ApiList<ApiRange>;
  repartitionPerSeriousEffect?: ApiList<ApiRange>;
  repartitionPerNotifier?: ApiList<{ id?: unknown; job?: unknown; value?: unknown }>;
  repartitionPerPathology?: ApiList<ApiRange>;
}
