import { describe, expect, it } from 'vitest';
import { fullNameOf, personName } from '../../electron/main/user-name';

describe('who imported, in the words of the log', () => {
  it('is the person’s full name when the system holds it', () => {
    const passwd = 'root:x:0:0:root:/root:/bin/bash\nmarie:x:1000:1000:Marie Dupont,,,:/home/marie:/bin/bash\n';
    expect(fullNameOf(passwd, 1000)).toBe('Marie Dupont');
    expect(personName(fullNameOf(passwd, 1000), 'marie')).toBe('Marie Dupont');
  });

  it('is never a technical account such as « root »', () => {
    expect(personName('', 'root')).toBe('');
    expect(personName('', 'Administrateur')).toBe('');
    expect(personName('', 'mdupont')).toBe('mdupont');
    // root's full name is « root » too: still not a person.
    expect(personName(fullNameOf('root:x:0:0:root:/root:/bin/bash', 0), 'root')).toBe('');
  });
});
