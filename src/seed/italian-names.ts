/** Common Italian given and family names (ISTAT's most frequent), for synthetic people only. */
export const MALE_NAMES: readonly string[] = [
  'Leonardo', 'Francesco', 'Alessandro', 'Lorenzo', 'Mattia', 'Tommaso', 'Gabriele', 'Andrea', 'Riccardo', 'Edoardo',
  'Matteo', 'Giuseppe', 'Antonio', 'Federico', 'Diego', 'Davide', 'Christian', 'Nicolò', 'Giovanni', 'Samuele',
  'Pietro', 'Marco', 'Luca', 'Filippo', 'Simone', 'Michele', 'Emanuele', 'Salvatore', 'Paolo', 'Stefano', 'Roberto',
];

export const FEMALE_NAMES: readonly string[] = [
  'Sofia', 'Giulia', 'Aurora', 'Alice', 'Ginevra', 'Emma', 'Giorgia', 'Greta', 'Beatrice', 'Anna', 'Chiara',
  'Martina', 'Sara', 'Vittoria', 'Matilde', 'Noemi', 'Francesca', 'Elisa', 'Valentina', 'Federica', 'Maria',
  'Laura', 'Silvia', 'Paola', 'Roberta', 'Simona', 'Alessandra', 'Elena', 'Rosa', 'Angela', 'Teresa',
];

export const FAMILY_NAMES: readonly string[] = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno',
  'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri',
  'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone', 'Longo',
  'Gentile', 'Martinelli', 'Vitale', 'Lombardo', 'Serra', 'Coppola', 'De Santis', "D'Angelo", 'Marchetti',
  'Parisi', 'Villa', 'Conte', 'Ferraro', 'Ferri', 'Fabbri', 'Bianco', 'Marini', 'Grasso', 'Valentini',
];

/** The service's own workers: token-subject-like ids, names and roles. */
export interface Worker {
  workerId: string;
  name: string;
  role: 'social-worker' | 'psychologist' | 'educator';
}

const worker = (name: string, role: Worker['role']): Worker => ({
  workerId: name.toLowerCase().replace(/[^a-z ]/g, '').replace(' ', '.'),
  name,
  role,
});

export const WORKERS: readonly Worker[] = [
  worker('Giulia Ferri', 'social-worker'),
  worker('Marco Colombo', 'social-worker'),
  worker('Chiara Fontana', 'social-worker'),
  worker('Paola Marchetti', 'social-worker'),
  worker('Stefano Rinaldi', 'social-worker'),
  worker('Elena Galli', 'social-worker'),
  worker('Laura Vitale', 'psychologist'),
  worker('Davide Serra', 'psychologist'),
  worker('Silvia Moretti', 'psychologist'),
  worker('Andrea Conti', 'educator'),
  worker('Federica Parisi', 'educator'),
  worker('Luca Martini', 'educator'),
  worker('Sara Longo', 'educator'),
];
