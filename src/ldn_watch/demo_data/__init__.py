"""demo_data"""
