"""pubmed"""
