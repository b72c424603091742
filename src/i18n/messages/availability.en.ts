import type { AvailabilityMessages } from './availability.js';

/** English availability messages, loaded on demand. */
const en: AvailabilityMessages = {
  availabilityHeading: (p) => `Availability: ${p.name}`,
  availabilityDefaultHeading: 'Availability of the medicine',
  availabilityMissingCis: 'Give a medicine with the “cis” attribute (its 8-digit CIS code).',
  availabilityNone: 'No availability information is published for this medicine.',
  availabilityStatus_available: 'Available',
  availabilityStatus_rupture: 'Out of stock',
  availabilityStatus_risk: 'Risk of shortage (supply tension)',
  availabilityStatus_restored: 'Available again',
  availabilityStatus_discontinued: 'Discontinued',
  'availabilityStatus_not-marketed': 'Not marketed',
  availabilityAdvice_available: 'No supply difficulty is reported for this medicine.',
  availabilityAdvice_rupture:
    'Ask your pharmacist or your doctor for advice: they can offer a solution. Do not stop your treatment without medical advice.',
  availabilityAdvice_risk:
    'The medicine is still available in limited quantities. Ask your pharmacist for advice if you cannot find it.',
  availabilityAdvice_restored:
    'The medicine is available again. Ask your pharmacist for advice if you cannot find it yet.',
  availabilityAdvice_discontinued:
    'This medicine is no longer marketed. Talk to your doctor about adapting your treatment.',
  'availabilityAdvice_not-marketed':
    'This medicine is not marketed at present. Ask your doctor or pharmacist for advice.',
  availabilitySince: 'Since',
  availabilityExpectedReturn: 'Expected back',
  availabilityUpdated: 'Information updated on',
  availabilityLink: 'Read the ANSM’s information',
  availabilityAsOf: (p) => `Situation as of ${p.date}`,
};

export default en;
