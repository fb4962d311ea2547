S = 'sib'
