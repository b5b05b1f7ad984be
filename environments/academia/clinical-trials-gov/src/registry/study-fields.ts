import type { Study } from '../scenario.js';

// Reading the v2 record shape defensively: registry records are free-form, and a missing module
// reads as empty, as the reference's chained .get(…, {}) calls read it.
type Json = Record<string, unknown>;

const object = (value: unknown): Json => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export const protocolOf = (study: Study): Json => object(study.protocolSection);
export const moduleOf = (study: Study, name: string): Json => object(protocolOf(study)[name]);

export function nctIdOf(study: Study): string {
  const id = moduleOf(study, 'identificationModule').nctId;
  return typeof id === 'string' ? id : '';
}

export const conditionsOf = (study: Study): string[] => texts(moduleOf(study, 'conditionsModule').conditions);
export const phasesOf = (study: Study): string[] => texts(moduleOf(study, 'designModule').phases);

export function interventionNames(study: Study): string[] {
  const interventions = moduleOf(study, 'armsInterventionsModule').interventions;
  return Array.isArray(interventions) ? interventions.map((item) => String(object(item).name ?? '')) : [];
}

export function statusOf(study: Study): string {
  const status = moduleOf(study, 'statusModule').overallStatus;
  return typeof status === 'string' ? status : '';
}

export function locationTexts(study: Study): string[] {
  const locations = moduleOf(study, 'contactsLocationsModule').locations;
  if (!Array.isArray(locations)) return [];
  return locations.map((location) => {
    const place = object(location);
    return [place.facility, place.city, place.state, place.country].filter((part) => typeof part === 'string').join(', ');
  });
}

export function sponsorOf(study: Study): string | undefined {
  const name = object(moduleOf(study, 'sponsorCollaboratorsModule').leadSponsor).name;
  return typeof name === 'string' ? name : undefined;
}

/** The brief summary the listing tools answer with, as the reference builds it. */
export function studySummary(study: Study) {
  const identification = moduleOf(study, 'identificationModule');
  return {
    nctId: nctIdOf(study),
    briefTitle: typeof identification.briefTitle === 'string' ? identification.briefTitle : '',
    overallStatus: statusOf(study),
    conditions: conditionsOf(study),
    interventions: interventionNames(study),
    phases: phasesOf(study),
  };
}
