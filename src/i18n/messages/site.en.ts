import type { SiteMessages } from './site.js';

/** English messages of the static site. */
const en: SiteMessages = {
  siteName: 'DataMed',
  siteTagline: 'Adverse effects and shortages of medicines',
  siteSkipLink: 'Skip to content',
  siteNavLabel: 'Main navigation',
  siteBreadcrumbLabel: 'Breadcrumb',
  siteLanguageName: 'English',
  siteLanguageSwitchLabel: 'Read this page in English',
  siteNavHome: 'Home',
  siteNavSubstances: 'Substances',
  siteNavProducts: 'Products',
  siteNavShortages: 'Shortages',
  siteNavAllMedicines: 'All medicines',
  siteNavAbout: 'Understanding the data',
  siteFooterSources: 'Data sources',
  siteFooterDemo: 'Fictional data',
  siteFooterDemoNote:
    'The figures of this site are made up for the demonstration: they describe no real medicine.',
  siteFooterAbout: 'What these data say and do not say',
  siteHomeTitle: 'Adverse effects and shortages of medicines',
  siteHomeDescription:
    'Reported adverse effects and shortages of medicines in France, by substance and by product, from the public data of the ANSM.',
  siteHomeIntro:
    'This site shows the reported cases of adverse effects and the shortage declarations of medicines, substance by substance. Every page can be read without JavaScript.',
  siteHomeFigures: 'All medicines',
  siteHomeAllProfile: 'See the adverse-effect profile of all medicines',
  siteSearchHeading: 'Find a substance or a product',
  siteSearchAzSubstances: 'All substances from A to Z',
  siteSearchAzProducts: 'All products from A to Z',
  siteLatestShortages: 'Latest shortage declarations',
  siteLatestShortagesAll: 'All shortages',
  siteLatestShortageItem: (p) => `${p.product}: ${p.classification}, declared on ${p.date}`,
  siteSections: 'Sections',
  siteSubstanceDescription: (p) =>
    `${p.name}: reported adverse-effect cases, medication errors and shortages.`,
  siteSubstanceNoAdverseEffects:
    'No adverse effects are published for this substance in these data: only its shortages are.',
  siteSubstanceProducts: 'Products containing this substance',
  siteSubstanceNoProducts: 'No product is linked to this substance in these data.',
  siteProductDescription: (p) => `${p.name}: availability, declared shortages, medication errors.`,
  siteProductSubstances: 'Active substances',
  siteProductSubstanceWithoutPage: 'no data published for this substance',
  siteShortagesTitle: 'Shortages and shortage risks',
  siteShortagesDescription:
    'Declarations of shortages and shortage risks of medicines: figures by year, by cause, by class.',
  siteAtcClasses: 'Shortages by ATC class',
  siteAtcClassesIntro:
    'The ATC classification sorts medicines by the organ or system they act on. One page per anatomical main group (first level):',
  siteDeclarations: (p) => `${p.formatted} declaration${p.count === 1 ? '' : 's'}`,
  siteAtcTitle: (p) => `Shortages: ${p.label} (${p.code})`,
  siteAtcDescription: (p) => `The shortage declarations of medicines of the ATC class “${p.label}”.`,
  siteAtcSubclasses: 'Subgroups of this class (second ATC level)',
  siteAtcSubclassesCaption: 'Declarations by ATC subgroup, and those still ongoing',
  siteAtcColumnCode: 'ATC code',
  siteAtcColumnDeclarations: 'Declarations',
  siteAtcColumnOpen: 'Ongoing',
  siteAtcWithoutSubclass: 'subgroup not given',
  siteAllMedicinesTitle: 'Adverse effects: all medicines',
  siteAllMedicinesDescription:
    'The profile of the reported adverse-effect cases for all medicines: sex, age, organs affected, seriousness, reporters, years.',
  siteAzSubstancesTitle: 'Substances from A to Z',
  siteAzSubstancesDescription: 'The list of every substance, in alphabetical order.',
  siteAzProductsTitle: 'Products from A to Z',
  siteAzProductsDescription: 'The list of every product (medicine), in alphabetical order.',
  siteAzLetters: 'Go to letter',
  siteAzCount: (p) => `${p.formatted} entr${p.count === 1 ? 'y' : 'ies'}, in alphabetical order.`,
  siteAzProductSeeSubstance: (p) => `see the substance ${p.name}`,
  siteAzProductsNote:
    'A product has its own page when it has shortage declarations, an availability other than “available” or medication errors; the others link to their substance’s page.',
  siteAboutTitle: 'Understanding the data',
  siteAboutDescription:
    'What an adverse-effect report is and is not, why small numbers are hidden, where the figures come from.',
  siteAboutReportsHeading: 'An adverse-effect report',
  siteAboutReportsIs:
    'A patient, a relative or a health professional reports an effect they suspect a medicine caused. Each report the pharmacovigilance network records becomes a case.',
  siteAboutReportsIsNot:
    'A case is not a proof: the link between the medicine and the effect is not established. Nor is the number of cases a frequency: many effects are never reported, and a widely used medicine receives more reports than a rare one without being more dangerous.',
  siteAboutReportsAdvice:
    'Do not stop a treatment because of these figures: talk to your doctor or pharmacist.',
  siteAboutPrivacyHeading: 'Why some numbers are hidden',
  siteAboutPrivacy: (p) =>
    `Behind every case there is a person. So that nobody can be recognised, no number from 1 to ${p.below} is published: it reads “hidden” instead. The threshold of these data is ${p.threshold} cases. Other numbers are hidden too when they would let a small number be found by subtraction.`,
  siteAboutShortagesHeading: 'Shortages',
  siteAboutShortages:
    'Pharmaceutical companies declare the shortages and shortage risks of their medicines to the ANSM. A declaration describes a product, its period of difficulty, its cause and the measures taken; it may be closed or ongoing.',
  siteAboutSourcesHeading: 'Sources and periods',
  siteAboutSourcesCaption: 'The data files of this site, their source and the period they cover',
  siteAboutColumnData: 'Data',
  siteAboutColumnSource: 'Source',
  siteAboutColumnPeriod: 'Period',
  siteAboutColumnGenerated: 'Updated',
  siteAboutDataIndex: 'List of substances and products',
  siteAboutDataAdverseEffects: 'Adverse effects (all medicines)',
  siteAboutDataShortages: 'Shortages',
  siteAboutNoPeriod: 'not given',
  siteAboutDemo:
    'These data are fictional: they were made up to show how the site works and describe no real medicine.',
  siteAboutReuseHeading: 'Reusing the data',
  siteAboutReuse: 'The data files of this site are public and machine-readable (JSON):',
  siteAboutReuseLink: 'the list of substances (index.json)',
  siteNotFoundTitle: 'Page not found',
  siteNotFoundText: 'This page does not exist or has moved.',
  siteRedirectText: 'Go to the French version of the site',
};

export default en;
