" gouji: 政府信息公开工作年度报告 as plain text files → filetype "gouji".
" Works in Neovim 0.7 and later (and in Vim). Sourced by `:filetype on` from 'runtimepath'.
"
" By name: *年度报告*.txt (e.g. 2023年政府信息公开工作年度报告.txt).
" By content: any *.txt whose first 10 lines name a 政府信息公开工作年度报告 (also with the Kangxi
" radical ⼯ that PDF copies carry). `set filetype` (not `setf`) because *.txt already got "text".
autocmd BufNewFile,BufRead *年度报告*.txt set filetype=gouji
autocmd BufRead *.txt,*.TXT
      \ if &filetype !=# 'gouji' && join(getline(1, 10), "\n") =~# '政府信息公开.\{0,2}年度报告'
      \ | set filetype=gouji | endif
