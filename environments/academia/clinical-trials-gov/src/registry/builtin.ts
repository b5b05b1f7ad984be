import type { Study } from '../scenario.js';

interface Trial {
  nctId: string;
  title: string;
  status: string;
  conditions: string[];
  interventions: string[];
  phases?: string[];
  sponsor: string;
  locations: { facility: string; city: string; country: string }[];
  results?: Record<string, unknown>;
}

function study(trial: Trial): Study {
  return {
    protocolSection: {
      identificationModule: { nctId: trial.nctId, briefTitle: trial.title },
      statusModule: { overallStatus: trial.status },
      sponsorCollaboratorsModule: { leadSponsor: { name: trial.sponsor } },
      conditionsModule: { conditions: trial.conditions },
      ...(trial.phases ? { designModule: { phases: trial.phases } } : {}),
      armsInterventionsModule: { interventions: trial.interventions.map((name) => ({ name })) },
      contactsLocationsModule: { locations: trial.locations },
    },
    ...(trial.results ? { resultsSection: trial.results } : {}),
  };
}

// The registry the service answers from when a scenario brings none: ten fictional studies with
// NCT-style ids in the v2 record shape, across statuses, phases and sponsors, three with results.
export const builtinRegistry: Study[] = [
  study({
    nctId: 'NCT05000101',
    title: 'Once-Weekly Insulin in Adults With Type 2 Diabetes',
    status: 'COMPLETED',
    conditions: ['Type 2 Diabetes'],
    interventions: ['Insulin icodec', 'Insulin glargine'],
    phases: ['PHASE3'],
    sponsor: 'Nordhavn Pharma',
    locations: [{ facility: 'Aarhus University Hospital', city: 'Aarhus', country: 'Denmark' }],
    results: {
      outcomeMeasuresModule: { outcomeMeasures: [{ type: 'PRIMARY', title: 'Change in HbA1c at week 52', timeFrame: '52 weeks' }] },
      adverseEventsModule: { adverseEvents: [{ term: 'Hypoglycaemia', seriousNumAffected: 4 }] },
      participantFlowModule: {
        groups: [
          { id: 'FG000', title: 'Icodec' },
          { id: 'FG001', title: 'Glargine' },
        ],
      },
    },
  }),
  study({
    nctId: 'NCT05000214',
    title: 'Continuous Glucose Monitoring in Type 1 Diabetes in Adolescents',
    status: 'RECRUITING',
    conditions: ['Type 1 Diabetes'],
    interventions: ['Continuous glucose monitor'],
    phases: ['NA'],
    sponsor: "Children's Hospital of Lyon",
    locations: [{ facility: 'Hôpital Femme Mère Enfant', city: 'Lyon', country: 'France' }],
  }),
  study({
    nctId: 'NCT05000377',
    title: 'Semaglutide and Kidney Outcomes in Diabetic Kidney Disease',
    status: 'ACTIVE_NOT_RECRUITING',
    conditions: ['Type 2 Diabetes', 'Chronic Kidney Disease'],
    interventions: ['Semaglutide', 'Placebo'],
    phases: ['PHASE3'],
    sponsor: 'Nordhavn Pharma',
    locations: [
      { facility: 'Karolinska University Hospital', city: 'Stockholm', country: 'Sweden' },
      { facility: 'Massachusetts General Hospital', city: 'Boston', country: 'United States' },
    ],
  }),
  study({
    nctId: 'NCT05000452',
    title: 'Immunotherapy Before Surgery for Early-Stage Lung Cancer',
    status: 'RECRUITING',
    conditions: ['Non-Small Cell Lung Cancer'],
    interventions: ['Nivolumab', 'Chemotherapy'],
    phases: ['PHASE2', 'PHASE3'],
    sponsor: 'Pacific Oncology Group',
    locations: [{ facility: 'UCSF Medical Center', city: 'San Francisco', country: 'United States' }],
  }),
  study({
    nctId: 'NCT05000589',
    title: 'Low-Dose CT Screening Uptake Among Former Smokers',
    status: 'COMPLETED',
    conditions: ['Lung Cancer'],
    interventions: ['Screening invitation letter'],
    sponsor: 'University of Leeds',
    locations: [{ facility: "St James's University Hospital", city: 'Leeds', country: 'United Kingdom' }],
    results: {
      outcomeMeasuresModule: { outcomeMeasures: [{ type: 'PRIMARY', title: 'Screening uptake at 6 months', timeFrame: '6 months' }] },
      participantFlowModule: { groups: [{ id: 'FG000', title: 'Letter' }] },
    },
  }),
  study({
    nctId: 'NCT05000633',
    title: 'Mindfulness-Based Therapy for Recurrent Depression',
    status: 'TERMINATED',
    conditions: ['Major Depressive Disorder'],
    interventions: ['Mindfulness-based cognitive therapy'],
    phases: ['NA'],
    sponsor: 'University of Leeds',
    locations: [{ facility: 'Leeds Mental Health Centre', city: 'Leeds', country: 'United Kingdom' }],
  }),
  study({
    nctId: 'NCT05000718',
    title: 'Psilocybin for Treatment-Resistant Depression',
    status: 'NOT_YET_RECRUITING',
    conditions: ['Major Depressive Disorder'],
    interventions: ['Psilocybin', 'Niacin'],
    phases: ['PHASE2'],
    sponsor: 'Pacific Oncology Group',
    locations: [],
  }),
  study({
    nctId: 'NCT05000846',
    title: 'Heat-Stable Malaria Vaccine in Children Under Five',
    status: 'COMPLETED',
    conditions: ['Malaria'],
    interventions: ['R21 vaccine'],
    phases: ['PHASE3'],
    sponsor: 'Kintampo Health Research Centre',
    locations: [{ facility: 'Kintampo Health Research Centre', city: 'Kintampo', country: 'Ghana' }],
    results: {
      outcomeMeasuresModule: {
        outcomeMeasures: [{ type: 'PRIMARY', title: 'Clinical malaria episodes over 12 months', timeFrame: '12 months' }],
      },
      adverseEventsModule: { adverseEvents: [{ term: 'Injection site pain', otherNumAffected: 212 }] },
      participantFlowModule: {
        groups: [
          { id: 'FG000', title: 'Vaccine' },
          { id: 'FG001', title: 'Control' },
        ],
      },
    },
  }),
  study({
    nctId: 'NCT05000925',
    title: 'Walking Programme After Hip Replacement',
    status: 'WITHDRAWN',
    conditions: ['Osteoarthritis, Hip'],
    interventions: ['Supervised walking programme'],
    sponsor: 'University of Leeds',
    locations: [],
  }),
  study({
    nctId: 'NCT05001007',
    title: 'Sodium Reduction and Blood Pressure in Older Adults',
    status: 'ENROLLING_BY_INVITATION',
    conditions: ['Hypertension'],
    interventions: ['Low-sodium diet'],
    phases: ['NA'],
    sponsor: 'Kintampo Health Research Centre',
    locations: [{ facility: 'Korle Bu Teaching Hospital', city: 'Accra', country: 'Ghana' }],
  }),
];

/** Parsed once: tools only read it, so one copy serves every episode. */
export const BUILTIN_REGISTRY: readonly Study[] = Object.freeze(builtinRegistry);
