import type { ValidationRule } from '../../data/errors.js';
import type { ErrorMessages } from './errors.js';

const RULES: Record<ValidationRule, string> = {
  required: 'missing value',
  type: 'unexpected type of value',
  range: 'value out of bounds',
  enum: 'unknown code',
  pattern: 'invalid format',
  date: 'invalid date (YYYY-MM-DD expected)',
  duplicate: 'duplicate value',
  'too-long': 'text too long',
  'too-many': 'list too long',
  sum: 'the parts add up to more than the total',
  suppressed: 'inconsistent hidden count',
};

/** English error messages, loaded on demand. */
const en: ErrorMessages = {
  errorNetwork: 'The data server cannot be reached (network down or access refused).',
  errorCrossOrigin:
    'The data API could not be read from this site: it cannot be reached, or it does not allow other sites (CORS). The site can relay it through its own server.',
  errorOffline: 'You appear to be offline.',
  errorTimeout: 'The data server did not answer in time.',
  errorNotFound: 'These data do not exist (error 404).',
  errorServer: (p) => `The data server ran into an error (${p.status}).`,
  errorUnavailable: (p) =>
    p.seconds
      ? `The data server is temporarily unavailable. Try again in ${p.seconds} s.`
      : 'The data server is temporarily unavailable.',
  errorHttp: (p) => `The request failed (error ${p.status}).`,
  errorNotJson: 'The file received is not in the expected format (unreadable JSON).',
  errorHtml: 'The server sent a web page instead of the data.',
  errorSchema: (p) =>
    `Unsupported data version (“${p.found}” instead of “${p.expected}”): update the DataMed Widgets library.`,
  errorSchemaMissing: 'The file does not say what it holds (no “schema” field).',
  errorWrongFile: (p) =>
    `The file received is not the one expected (“${p.found}” instead of “${p.expected}”).`,
  errorTellPublisher: 'Please tell the publisher of these data: trying again will not help.',
  errorNoSubstance: (p) => `Substance “${p.query}” not found.`,
  errorDidYouMean: 'Did you mean:',
  errorCheckSpelling: 'Check the spelling, or give the substance’s code.',
  errorAmbiguous: (p) => `Several substances answer to “${p.query}”. Which one should be shown?`,
  errorNotPublished: (p) =>
    p.dataset === 'shortages'
      ? `No shortage declaration is published for ${p.name}.`
      : `No adverse-effect data are published for ${p.name}.`,
  errorPublished: (p) =>
    p.datasets === 'shortages'
      ? 'Its shortage declarations are.'
      : p.datasets === 'adverseEffects'
        ? 'Its adverse effects are.'
        : 'No other data are.',
  errorInvalid: 'The data file holds an invalid value.',
  errorConfig: 'The widget is not configured correctly.',
  errorConfigSubstance: 'The substance code given is not valid.',
  errorConfigAtc: 'The ATC code given is not valid.',
  errorConfigCis: 'The CIS code given is not valid (8 digits).',
  errorUnknown: 'An unexpected error occurred.',
  errorDetails: 'Technical details',
  errorExpected: (p) => `expected ${p.value}`,
  errorFound: (p) => `found ${p.value}`,
  errorRule: (p) => RULES[p.rule],
  errorInFile: (p) => (p.field ? `${p.file}, field ${p.field}: ${p.detail}` : `${p.file}: ${p.detail}`),
};

export default en;
