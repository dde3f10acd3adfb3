/** What workers write, in Italian as they would: reasons, findings, factors, outcomes. Synthetic, never about real people. */
export const SPONTANEOUS_REASONS = [
  'La madre chiede aiuto: il figlio rifiuta di andare a scuola da settimane.',
  'Il padre, da poco separato, chiede sostegno nella gestione dei figli.',
  'La famiglia chiede supporto economico ed educativo dopo la perdita del lavoro.',
  'Il ragazzo si presenta allo sportello: conflitti continui in casa.',
  'La madre riferisce difficoltà a contenere i comportamenti aggressivi del figlio.',
  'I genitori chiedono aiuto dopo un ricovero del figlio per autolesionismo.',
] as const;

export const REFERRAL_REASONS = [
  'Assenze frequenti e ripetuti ritardi dall\u2019inizio dell\u2019anno scolastico.',
  'Segni di trascuratezza: igiene carente, arriva a scuola senza merenda né materiale.',
  'Il minore riferisce liti violente tra i genitori.',
  'Ritardo nello sviluppo del linguaggio, la famiglia non si presenta ai controlli.',
  'Madre con fragilità psichica in carico al CPS, figli piccoli senza rete di supporto.',
  'Comportamenti a rischio segnalati dagli educatori dell\u2019oratorio.',
] as const;

export const FACTS = [
  'Assente 12 giorni nel mese, di cui 5 senza giustificazione.',
  'L\u2019abitazione è di due locali per cinque persone; riscaldamento non funzionante.',
  'Il nucleo percepisce l\u2019Assegno di inclusione; il padre è disoccupato da aprile.',
  'Il minore frequenta regolarmente il centro diurno tre pomeriggi a settimana.',
  'Le vaccinazioni obbligatorie risultano incomplete.',
  'La madre si è presentata a tutti i colloqui fissati.',
  'Il minore ha ottenuto la sufficienza in tutte le materie nel primo quadrimestre.',
  'Intervento delle forze dell\u2019ordine all\u2019abitazione per una lite notturna.',
] as const;

export const STATEMENTS: ReadonlyArray<readonly [statedBy: string, text: string]> = [
  ['madre', 'Dice che il figlio dorme male da quando il padre è uscito di casa.'],
  ['padre', 'Riferisce di non riuscire a vedere i figli con regolarità.'],
  ['minore', 'Racconta di sentirsi solo a casa il pomeriggio.'],
  ['insegnante', 'Riferisce che in classe è più tranquillo e partecipa di più.'],
  ['nonna materna', 'Si dice disponibile a occuparsi dei nipoti dopo la scuola.'],
  ['pediatra', 'Riferisce una crescita regolare ma visite saltate negli ultimi mesi.'],
  ['madre', 'Ammette di essere stanca e di non avere nessuno a cui chiedere aiuto.'],
] as const;

export const EVALUATIONS: ReadonlyArray<readonly [method: string, text: string]> = [
  ['osservazione', 'Legame affettivo caldo con la madre, che risponde ai bisogni del bambino.'],
  ['colloquio semi-strutturato', 'Ansia marcata legata al conflitto genitoriale.'],
  ['visita domiciliare', 'Cura materiale adeguata, scarsa strutturazione dei tempi quotidiani.'],
  ['test CBCL', 'Punteggi nell\u2019area clinica per i problemi internalizzanti.'],
  ['osservazione del gioco', 'Gioco povero e ripetitivo; fatica a tollerare la frustrazione.'],
  ['discussione d\u2019équipe', 'Capacità genitoriali recuperabili con un sostegno strutturato.'],
] as const;

export const RISK_FACTORS = [
  'conflitto genitoriale elevato',
  'isolamento sociale della madre',
  'precarietà abitativa',
  'disoccupazione del padre',
  'abbandono scolastico',
  'dipendenza da alcol di un genitore',
  'fragilità psichica della madre',
  'violenza assistita',
  'trascuratezza delle cure',
  'difficoltà economiche',
] as const;

export const PROTECTIVE_FACTORS = [
  'nonni presenti e disponibili',
  'buona relazione con gli insegnanti',
  'madre collaborante con il servizio',
  'inserimento in attività sportiva',
  'rete parrocchiale attiva',
  'fratello maggiore di riferimento',
  'buone risorse cognitive',
] as const;

export const GOALS = [
  'frequenza scolastica regolare',
  'sostegno alla genitorialità',
  'riduzione del conflitto tra i genitori',
  'autonomia abitativa del nucleo',
  'inserimento in attività del territorio',
  'ripresa dei controlli sanitari',
  'rielaborazione dell\u2019esperienza traumatica',
  'ripristino dei rapporti con il padre',
] as const;

export const PROVIDERS = [
  'Coop. Il Melograno',
  'Coop. La Strada',
  'Fondazione Don Gnocchi',
  'Coop. Arimo',
  'Centro per le Famiglie',
  'ASST - Consultorio familiare',
  'Associazione Famiglie per l\u2019Accoglienza',
  'Coop. Comunità Progetto',
] as const;

export const OUTCOMES = [
  'Obiettivi raggiunti.',
  'Obiettivi parzialmente raggiunti; si prosegue con altro intervento.',
  'Interrotto per mancata adesione della famiglia.',
  'Concluso come previsto.',
] as const;

export const REVIEW_OUTCOMES = [
  'Frequenza scolastica in miglioramento; si conferma l\u2019educativa domiciliare.',
  'Situazione stabile; si riduce la frequenza degli incontri.',
  'Adesione discontinua della famiglia; si rafforza il monitoraggio.',
  'Obiettivi in larga parte raggiunti; si prepara la conclusione.',
] as const;

export const PLACEMENT_REASONS = [
  'Violenza in casa segnalata di notte dalle forze dell\u2019ordine.',
  'Minore trovato solo in casa da due giorni, madre irreperibile.',
  'Il minore riferisce maltrattamenti al pronto soccorso; lesioni refertate.',
  'Genitore in stato di grave alterazione, nessun altro adulto disponibile.',
] as const;

export const AFFIDO_REASONS = [
  'La madre sarà ricoverata per alcuni mesi; nessun familiare convivente.',
  'Grave trascuratezza persistente nonostante il sostegno domiciliare.',
  'Il padre detenuto, la madre non in grado di provvedere da sola ai figli.',
] as const;

export const REOPENING_REASONS = [
  'Nuova segnalazione della scuola: assenze ripetute.',
  'La madre torna a chiedere aiuto dopo il trasferimento del padre.',
  'Nuovo decreto del Tribunale per i Minorenni.',
] as const;

export const CLOSURE_NOTES = {
  'goals-met': 'Obiettivi del progetto raggiunti, famiglia autonoma.',
  'moved-away': 'Il nucleo si è trasferito in altro comune; inviata relazione al servizio competente.',
  transferred: 'Presa in carico trasferita alla Neuropsichiatria infantile.',
  'age-limit-reached': 'Raggiunta la maggiore età; orientato ai servizi per adulti.',
  'court-order': 'Archiviazione del procedimento disposta dal Tribunale.',
  other: 'La famiglia ha rinunciato al percorso.',
} as const;
