/**
 * The queries the DataMed adapter sends, and the shapes of their answers as the API gives them
 * (public schema of data.ansm.sante.fr: `getSubstance(subCode: String!)`, `getSubstances`,
 * `getSpeciality(cisCode: String!)`). Every field may be missing or null in an answer: the mapping
 * functions check each value, and the contract validator refuses what is still wrong.
 *
 * A later reader of products (`getSpeciality`, `getSpecialities`) or of the national figures
 * (`getGlobalStatistics`) adds its query here and its mapping beside datamed-map-*.ts.
 */

const PERIOD = 'minYear maxYear';
const SHARE = 'value valuePercent';
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

export const PRODUCT_ERRORS_QUERY = `query DatamedWidgetsProductErrors($cisCode: String!) {
  getSpeciality(cisCode: $cisCode) {
    code
    substances { code }
    medicalErrors {
      errMedPeriod { ${PERIOD} }
      populationRepartition { range ${SHARE} }
      sideEffectsOriginRepartition { with { ${SHARE} } without { ${SHARE} } }
      apparitionStepRepartition { stepId label ${SHARE} }
      natureRepartition { id nature ${SHARE} }
    }
  }
}`;

export const PRODUCT_SHORTAGES_QUERY = `query DatamedWidgetsProductShortages($cisCode: String!) {
  getSpeciality(cisCode: $cisCode) {
    code
    shortagesHistory {
      trustMedPeriod { ${PERIOD} }
      shortages { num state date year cis { code name } cause classification }
    }
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

export interface ApiProduct {
  code?: unknown;
  substances?: ApiList<{ code?: unknown }>;
  medicalErrors?: ApiMedicalErrors | null;
  shortagesHistory?: { shortages?: ApiList<ApiShortage> } | null;
}
