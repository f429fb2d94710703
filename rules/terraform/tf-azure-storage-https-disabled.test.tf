resource "azurerm_storage_account" "media" {
  name                      = "contosomedia"
  resource_group_name       = azurerm_resource_group.web.name
  location                  = azurerm_resource_group.web.location
  account_tier              = "Standard"
  account_replication_type  = "GRS"
  # ruleid: tf-azure-storage-https-disabled
  enable_https_traffic_only = false
}

# ruleid: tf-azure-storage-https-disabled
resource "azurerm_storage_account" "uploads" {
  name                       = "contosouploads"
  resource_group_name        = azurerm_resource_group.web.name
  location                   = azurerm_resource_group.web.location
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = false
}

resource "azurerm_storage_account" "secure" {
  name                       = "contososecure"
  resource_group_name        = azurerm_resource_group.app.name
  location                   = azurerm_resource_group.app.location
  account_tier               = "Standard"
  account_replication_type   = "ZRS"
  # ok: tf-azure-storage-https-disabled
  https_traffic_only_enabled = true
}

resource "azurerm_storage_account" "from_module" {
  name                      = var.name
  resource_group_name       = var.resource_group_name
  location                  = var.location
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  # ok: tf-azure-storage-https-disabled
  enable_https_traffic_only = var.https_only
}

# ok: tf-azure-storage-https-disabled
resource "azurerm_storage_account" "defaults" {
  name                     = "contosodefaults"
  resource_group_name      = azurerm_resource_group.app.name
  location                 = azurerm_resource_group.app.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
