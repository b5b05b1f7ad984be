import type { Domain } from '@envfleet/kit';

/** How many EnvFactory environments each domain has: the fleet is complete when all are here. */
export const ENVFACTORY_DOMAIN_SIZES: Record<Domain, number> = {
  commerce: 12,
  finance: 7,
  travel: 8,
  office: 20,
  lifestyle: 18,
  academia: 10,
  utilities: 10,
};
