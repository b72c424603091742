/**
 * Messages of the static site (src/site/): the page shell, the pages' own texts and the page that
 * explains the data. The widgets inside the pages bring their own messages.
 */
const fr = {
  siteName: 'DataMed',
  siteTagline: 'Effets indésirables et ruptures de stock des médicaments',
  siteSkipLink: 'Aller au contenu',
  siteNavLabel: 'Navigation principale',
  siteBreadcrumbLabel: 'Fil d’Ariane',
  siteLanguageName: 'Français',
  siteLanguageSwitchLabel: 'Lire cette page en français',
  siteNavHome: 'Accueil',
  siteNavSubstances: 'Substances',
  siteNavProducts: 'Spécialités',
  siteNavShortages: 'Ruptures de stock',
  siteNavAllMedicines: 'Tous les médicaments',
  siteNavAbout: 'Comprendre les données',
  siteFooterSources: 'Sources des données',
  siteFooterDemo: 'Données fictives',
  siteFooterDemoNote:
    'Les chiffres de ce site sont inventés pour la démonstration : ils ne décrivent aucun médicament réel.',
  siteFooterAbout: 'Ce que ces données disent et ne disent pas',
  siteHomeTitle: 'Effets indésirables et ruptures de stock des médicaments',
  siteHomeDescription:
    'Les effets indésirables déclarés et les ruptures de stock des médicaments en France, par substance et par spécialité, d’après les données publiques de l’ANSM.',
  siteHomeIntro:
    'Ce site présente les cas d’effets indésirables déclarés et les déclarations de ruptures de stock des médicaments, substance par substance. Chaque page se lit sans JavaScript.',
  siteHomeFigures: 'Tous les médicaments',
  siteHomeAllProfile: 'Voir le profil des effets indésirables de tous les médicaments',
  siteSearchHeading: 'Trouver une substance ou une spécialité',
  siteSearchAzSubstances: 'Toutes les substances de A à Z',
  siteSearchAzProducts: 'Toutes les spécialités de A à Z',
  siteLatestShortages: 'Dernières déclarations de ruptures de stock',
  siteLatestShortagesAll: 'Toutes les ruptures de stock',
  siteLatestShortageItem: (p: { product: string; classification: string; date: string }) =>
    `${p.product} : ${p.classification}, déclaré le ${p.date}`,
  siteSections: 'Rubriques',
  siteSubstanceDescription: (p: { name: string }) =>
    `${p.name} : cas d’effets indésirables déclarés, erreurs médicamenteuses et ruptures de stock.`,
  siteSubstanceNoAdverseEffects:
    'Aucun effet indésirable n’est publié pour cette substance dans ces données : seules ses ruptures de stock le sont.',
  siteSubstanceProducts: 'Spécialités contenant cette substance',
  siteSubstanceNoProducts: 'Aucune spécialité n’est rattachée à cette substance dans ces données.',
  siteProductDescription: (p: { name: string }) =>
    `${p.name} : disponibilité, ruptures de stock déclarées, erreurs médicamenteuses.`,
  siteProductSubstances: 'Substances actives',
  siteProductSubstanceWithoutPage: 'aucune donnée publiée pour cette substance',
  siteShortagesTitle: 'Ruptures de stock et risques de rupture',
  siteShortagesDescription:
    'Les déclarations de ruptures de stock et de risques de rupture des médicaments : chiffres par année, par cause, par classe.',
  siteAtcClasses: 'Ruptures par classe ATC',
  siteAtcClassesIntro:
    'La classification ATC range les médicaments par organe ou système sur lequel ils agissent. Une page par groupe anatomique principal (1er niveau) :',
  siteDeclarations: (p: { count: number; formatted: string }) =>
    `${p.formatted} déclaration${p.count > 1 ? 's' : ''}`,
  siteAtcTitle: (p: { label: string; code: string }) => `Ruptures de stock : ${p.label} (${p.code})`,
  siteAtcDescription: (p: { label: string }) =>
    `Les déclarations de ruptures de stock des médicaments de la classe ATC « ${p.label} ».`,
  siteAtcSubclasses: 'Sous-groupes de cette classe (2e niveau ATC)',
  siteAtcSubclassesCaption: 'Déclarations par sous-groupe ATC, et celles qui sont en cours',
  siteAtcColumnCode: 'Code ATC',
  siteAtcColumnDeclarations: 'Déclarations',
  siteAtcColumnOpen: 'En cours',
  siteAtcWithoutSubclass: 'sous-groupe non précisé',
  siteAllMedicinesTitle: 'Effets indésirables : tous les médicaments',
  siteAllMedicinesDescription:
    'Le profil des cas d’effets indésirables déclarés pour l’ensemble des médicaments : sexe, âge, organes touchés, gravité, déclarants, années.',
  siteAzSubstancesTitle: 'Substances de A à Z',
  siteAzSubstancesDescription: 'La liste de toutes les substances, par ordre alphabétique.',
  siteAzProductsTitle: 'Spécialités de A à Z',
  siteAzProductsDescription: 'La liste de toutes les spécialités (médicaments), par ordre alphabétique.',
  siteAzLetters: 'Aller à la lettre',
  siteAzCount: (p: { count: number; formatted: string }) =>
    `${p.formatted} entrée${p.count > 1 ? 's' : ''}, par ordre alphabétique.`,
  siteAzProductSeeSubstance: (p: { name: string }) => `voir la substance ${p.name}`,
  siteAzProductsNote:
    'Une spécialité a sa propre page quand elle a des déclarations de rupture, une disponibilité autre que « disponible » ou des erreurs médicamenteuses ; les autres renvoient à la page de leur substance.',
  siteAboutTitle: 'Comprendre les données',
  siteAboutDescription:
    'Ce qu’est une déclaration d’effet indésirable et ce qu’elle n’est pas, pourquoi les petits nombres sont masqués, d’où viennent les chiffres.',
  siteAboutReportsHeading: 'Une déclaration d’effet indésirable',
  siteAboutReportsIs:
    'Un patient, un proche ou un professionnel de santé signale un effet qu’il soupçonne d’être dû à un médicament. Chaque signalement enregistré par le réseau de pharmacovigilance devient un cas.',
  siteAboutReportsIsNot:
    'Un cas n’est pas une preuve : le lien entre le médicament et l’effet n’est pas établi. Le nombre de cas n’est pas non plus une fréquence : beaucoup d’effets ne sont jamais déclarés, et un médicament très utilisé reçoit plus de déclarations qu’un médicament rare, sans être plus dangereux.',
  siteAboutReportsAdvice:
    'N’arrêtez pas un traitement à cause de ces chiffres : parlez-en à votre médecin ou à votre pharmacien.',
  siteAboutPrivacyHeading: 'Pourquoi certains nombres sont masqués',
  siteAboutPrivacy: (p: { threshold: number; below: number }) =>
    `Derrière chaque cas il y a une personne. Pour qu’on ne puisse pas la reconnaître, aucun nombre compris entre 1 et ${p.below} n’est publié : il est remplacé par « masqué ». Le seuil de ces données est de ${p.threshold} cas. D’autres nombres sont masqués aussi quand ils permettraient de retrouver un petit nombre par soustraction.`,
  siteAboutShortagesHeading: 'Les ruptures de stock',
  siteAboutShortages:
    'Les laboratoires déclarent à l’ANSM les ruptures de stock et les risques de rupture de leurs médicaments. Une déclaration décrit une spécialité, sa période de difficulté, sa cause et les mesures prises ; elle peut être close ou en cours.',
  siteAboutSourcesHeading: 'Sources et périodes',
  siteAboutSourcesCaption: 'Les fichiers de données de ce site, leur source et la période qu’ils couvrent',
  siteAboutColumnData: 'Données',
  siteAboutColumnSource: 'Source',
  siteAboutColumnPeriod: 'Période',
  siteAboutColumnGenerated: 'Mise à jour',
  siteAboutDataIndex: 'Liste des substances et des spécialités',
  siteAboutDataAdverseEffects: 'Effets indésirables (tous les médicaments)',
  siteAboutDataShortages: 'Ruptures de stock',
  siteAboutNoPeriod: 'non précisée',
  siteAboutDemo:
    'Ces données sont fictives : elles ont été inventées pour montrer le fonctionnement du site et ne décrivent aucun médicament réel.',
  siteAboutReuseHeading: 'Réutiliser les données',
  siteAboutReuse: 'Les fichiers de données de ce site sont publics et lisibles par une machine (JSON) :',
  siteAboutReuseLink: 'la liste des substances (index.json)',
  siteNotFoundTitle: 'Page introuvable',
  siteNotFoundText: 'Cette page n’existe pas ou a été déplacée.',
  siteRedirectText: 'Aller à la version française du site',
};

/** The site's messages' shape: the English table (`site.en.ts`) has the same keys. */
export type SiteMessages = typeof fr;

/** French built in; English in its own chunk (../messages.ts). */
export const site = { fr, en: () => import('./site.en.js').then((m) => m.default) };
