import { Role } from '../../auth/roles';

/** Integrators with the statistics scope (@Scopes asks it of integrators only), and the head of service. */
export const STATISTICS_EXPORT_READERS: Role[] = ['integrator', 'coordinator'];
